using Microsoft.Extensions.Localization;
using Shebao.Core.Platform.Results;

namespace Shebao.Web.Api;

/// <summary>The one place a Result becomes HTTP: problem+json (RFC 9457) with messages in the request's culture.</summary>
public static class ResultHttp
{
    public static IResult ToHttp<T>(this Result<T> result, IStringLocalizer<SharedResource> t, Func<T, IResult>? onSuccess = null) =>
        result.IsSuccess ? (onSuccess ?? (v => Results.Ok(v)))(result.Value!) : Failure(result, t);

    public static IResult ToHttp(this Result result, IStringLocalizer<SharedResource> t, Func<IResult>? onSuccess = null) =>
        result.IsSuccess ? (onSuccess ?? Results.NoContent)() : Failure(result, t);

    public static IResult Failure(Result result, IStringLocalizer<SharedResource> t) => result.Kind switch
    {
        ResultKind.Invalid => Results.ValidationProblem(
            result.Errors.ToDictionary(e => e.Key, e => e.Value.Select(m => t[m].Value).ToArray()),
            title: t["输入有误"], statusCode: StatusCodes.Status400BadRequest),
        ResultKind.NotFound => Results.Problem(title: t["未找到，或不在您的权限范围内"], statusCode: StatusCodes.Status404NotFound),
        ResultKind.Forbidden => Results.Problem(title: t[result.Message ?? "您的角色不能执行此操作"], statusCode: StatusCodes.Status403Forbidden),
        ResultKind.Conflict => Results.Problem(title: t[result.Message ?? "操作冲突"], statusCode: StatusCodes.Status409Conflict),
        ResultKind.TooLarge => Results.Problem(title: t[result.Message ?? "文件过大"], statusCode: StatusCodes.Status413PayloadTooLarge),
        ResultKind.UnsupportedType => Results.Problem(title: t[result.Message ?? "文件类型不允许"], statusCode: StatusCodes.Status415UnsupportedMediaType),
        ResultKind.Unprocessable => Results.Problem(title: t[result.Message ?? "请求与先前的请求矛盾"], statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: result.Errors.Count == 0 ? null : new Dictionary<string, object?> { ["errors"] = result.Errors.ToDictionary(e => e.Key, e => e.Value.Select(m => t[m].Value).ToArray()) }),
        _ => throw new InvalidOperationException("Success is not a failure."),
    };
}
