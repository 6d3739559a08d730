using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Shebao.Web.Api;

/// <summary>
/// A body or parameter the API cannot read becomes a 400 naming the field path (form.contributionGrade, idNumber),
/// in the user's language; values are never echoed (they may be identifiers).
/// </summary>
public sealed partial class MalformedRequestHandler(IStringLocalizer<SharedResource> t) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad || context.Response.HasStarted) return false;
        var result = bad.StatusCode switch
        {
            StatusCodes.Status415UnsupportedMediaType => Results.Problem(title: t["请求内容应为JSON（Content-Type: application/json）"], statusCode: StatusCodes.Status415UnsupportedMediaType),
            StatusCodes.Status413PayloadTooLarge => Results.Problem(title: t["请求内容过大"], statusCode: StatusCodes.Status413PayloadTooLarge),
            _ => Describe(bad, context.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType),
        };
        await result.ExecuteAsync(context);
        return true;
    }

    private IResult Describe(BadHttpRequestException bad, Type? bodyType)
    {
        if (bad.InnerException is JsonException json)
        {
            var path = FieldPath(json.Path);
            // A reader error (JsonReaderException, not public) is broken JSON; anything else is a value of the wrong type.
            if (json.InnerException?.GetType().Name == "JsonReaderException" || path is null)
                return Results.Problem(title: string.Format(t["请求格式有误：JSON语法错误（第{0}行第{1}个字符附近），请检查引号、逗号和括号"].Value,
                    (json.LineNumber ?? 0) + 1, (json.BytePositionInLine ?? 0) + 1), statusCode: StatusCodes.Status400BadRequest);
            return Results.ValidationProblem(new Dictionary<string, string[]> { [path] = [Expected(TypeAt(bodyType, path))] },
                title: string.Format(t["请求格式有误：“{0}”的类型不对"].Value, path), statusCode: StatusCodes.Status400BadRequest);
        }
        if (ParameterName().Match(bad.Message) is { Success: true } parameter)
        {
            var name = parameter.Groups[1].Value;
            var missing = bad.Message.Contains("not provided", StringComparison.Ordinal) || bad.Message.Contains("no body", StringComparison.Ordinal);
            if (missing && bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
                return Results.Problem(title: t["请求内容不能为空"], statusCode: StatusCodes.Status400BadRequest);
            var message = missing ? t["请填写此项"].Value : t["格式不正确"].Value;
            return Results.ValidationProblem(new Dictionary<string, string[]> { [name] = [message] },
                title: string.Format(t["请求格式有误：“{0}”的值无法读取"].Value, name), statusCode: StatusCodes.Status400BadRequest);
        }
        return Results.Problem(title: t["请求格式有误：请检查JSON字段名称和类型"], statusCode: StatusCodes.Status400BadRequest);
    }

    /// <summary>"$.form.contributionGrade" → "form.contributionGrade"; "$['a b']" → "a b"; "$" (the whole body) → null.</summary>
    internal static string? FieldPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$") return null;
        var path = BracketName().Replace(jsonPath, m => "." + m.Groups[1].Value);
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    /// <summary>The declared type at a field path of the body (records' properties, case-insensitively), or null.</summary>
    internal static Type? TypeAt(Type? type, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            if (type is null) return null;
            var name = segment.Split('[')[0];
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (name.Length > 0)
                type = type.GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase)?.PropertyType;
            // items[0]: each index steps into the element type.
            for (var i = segment.Count(c => c == '['); i > 0 && type is not null; i--)
                type = type.IsArray ? type.GetElementType() : type.GetGenericArguments().LastOrDefault();
        }
        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    /// <summary>What the field should have been, from its declared type.</summary>
    private string Expected(Type? type) => type switch
    {
        null => t["类型不对"],
        _ when type == typeof(string) => t["应为带引号的文字"],
        _ when type == typeof(bool) => t["应为true或false"],
        _ when type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double) || type == typeof(short) => t["应为数字"],
        _ when type == typeof(Guid) => t["应为编号（GUID）"],
        _ when type == typeof(DateOnly) => t["应为日期，如2026-01-31"],
        _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => t["应为时间，如2026-01-31T08:00:00Z"],
        _ when type.IsArray || (type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && !typeof(System.Collections.IDictionary).IsAssignableFrom(type)
            && !type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))) => t["应为数组"],
        _ => t["应为JSON对象"],
    };

    [GeneratedRegex(@"parameter ""(?:[^""]*\s)?@?(\w+)""")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"\['([^']*)'\]")]
    private static partial Regex BracketName();
}
