using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Shebao.Web.Api;

/// <summary>Endpoint metadata: the problem statuses an endpoint returns beyond those its shape implies (409 on conflict, 422 on contradiction).</summary>
public sealed class ProblemStatusesMetadata(params int[] statuses)
{
    public IReadOnlyList<int> Statuses { get; } = statuses;
}

/// <summary>
/// The problem+json responses of every operation in /openapi/v1.json, derived from endpoint metadata: 400 when it
/// takes input, 401/403 unless anonymous, 404 when an authorised caller names something (out of scope is 404),
/// 413/415 for uploads, 429 when rate-limited, and what <see cref="ProblemStatusesMetadata"/> declares (409, 422).
/// </summary>
public static class ProblemResponses
{
    private const string Problem = "Problem";
    private const string ValidationProblem = "ValidationProblem";

    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [400] = "输入有误：errors 按字段（如 form.contributionGrade）列出原因 / invalid input, errors by field",
        [401] = "未登录或令牌无效 / missing or invalid bearer token",
        [403] = "您的角色不能执行此操作 / the caller's role may not do this",
        [404] = "未找到，或不在您的权限范围内 / not found or out of the caller's scope",
        [409] = "操作冲突（版本已变、重复办理等），title 说明原因 / conflict: stale version, duplicate, state",
        [413] = "文件过大 / file too large",
        [415] = "文件或内容类型不允许 / unsupported file or content type",
        [422] = "请求与先前的请求矛盾 / contradicts an earlier request (e.g. the same Idempotency-Key with another body)",
        [429] = "请求过于频繁，请稍后再试（Retry-After） / rate-limited",
    };

    /// <summary>Declares the conflict (409) and contradiction (422) problems an endpoint can return.</summary>
    public static TBuilder Problems<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProblemStatusesMetadata(statuses));

    public static OpenApiOptions AddProblemResponses(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[Problem] = ProblemSchema(withErrors: false);
            document.Components.Schemas[ValidationProblem] = ProblemSchema(withErrors: true);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var description = context.Description;
            var metadata = description.ActionDescriptor.EndpointMetadata;
            operation.Responses ??= new OpenApiResponses();
            foreach (var status in StatusesOf(metadata, description.ParameterDescriptions.Count > 0))
            {
                var schema = new OpenApiSchemaReference(status == 400 ? ValidationProblem : Problem, context.Document);
                operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
                {
                    Description = Descriptions[status],
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
                };
            }
            return Task.CompletedTask;
        });
        return options;
    }

    /// <summary>The problem statuses of one endpoint, from its metadata alone.</summary>
    public static SortedSet<int> StatusesOf(IEnumerable<object> metadata, bool takesInput)
    {
        var anonymous = metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any();
        var statuses = new SortedSet<int>();
        if (takesInput) statuses.Add(400);
        if (!anonymous) statuses.UnionWith([401, 403]);
        if (!anonymous && takesInput) statuses.Add(404);
        if (metadata.OfType<IAcceptsMetadata>().Any(a => a.ContentTypes.Any(c => c.StartsWith("multipart/", StringComparison.Ordinal))))
            statuses.UnionWith([413, 415]);
        if (metadata.OfType<EnableRateLimitingAttribute>().Any()) statuses.Add(429);
        foreach (var declared in metadata.OfType<ProblemStatusesMetadata>()) statuses.UnionWith(declared.Statuses);
        return statuses;
    }

    private static OpenApiSchema ProblemSchema(bool withErrors)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "原因，按请求的语言 / the reason, in the request's language" },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
        };
        if (withErrors)
            properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "字段路径 → 原因 / field path → messages",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = withErrors ? "RFC 9457 problem with field errors" : "RFC 9457 problem",
            Properties = properties,
            Required = new HashSet<string> { "title", "status" },
        };
    }
}
