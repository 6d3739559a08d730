using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Tests.Support;

namespace Shebao.Tests.Api;

/// <summary>Issue 14 §4: /openapi/v1.json lists each operation's problem responses with the problem+json schema.</summary>
[Trait("Category", "Db")]
public sealed class OpenApiProblemTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    private async Task<JsonElement> DocumentAsync() => JsonDocument.Parse(await fixture.App.Client().GetStringAsync("/openapi/v1.json")).RootElement;

    /// <summary>(method path) → its problem statuses, as the document lists them.</summary>
    private static Dictionary<string, HashSet<int>> Problems(JsonElement document)
    {
        var result = new Dictionary<string, HashSet<int>>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
                result[$"{operation.Name.ToUpperInvariant()} {path.Name}"] = operation.Value.GetProperty("responses").EnumerateObject()
                    .Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture)).Where(s => s >= 400).ToHashSet();
        return result;
    }

    [Fact]
    public async Task EveryProblemResponse_IsProblemJson_WithASchemaTheDocumentDefines()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("ValidationProblem").GetProperty("properties").TryGetProperty("errors", out _));
        Assert.True(schemas.GetProperty("Problem").GetProperty("properties").TryGetProperty("title", out _));
        var count = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                var responses = operation.Value.GetProperty("responses");
                foreach (var response in responses.EnumerateObject().Where(r => r.Name.StartsWith('4')))
                {
                    var reference = response.Value.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString();
                    Assert.Equal(response.Name == "400" ? "#/components/schemas/ValidationProblem" : "#/components/schemas/Problem", reference);
                    Assert.False(string.IsNullOrWhiteSpace(response.Value.GetProperty("description").GetString()));
                    count++;
                }
                var takesInput = operation.Value.TryGetProperty("parameters", out var ps) && ps.GetArrayLength() > 0 || operation.Value.TryGetProperty("requestBody", out _);
                Assert.True(!takesInput || responses.TryGetProperty("400", out _), $"{operation.Name} {path.Name} takes input but lists no 400");
            }
        Assert.True(count > 100, $"only {count} problem responses");
    }

    [Fact]
    public async Task AnonymousEndpoints_HaveNo401Or403_AndTheRestHaveBoth()
    {
        var problems = Problems(await DocumentAsync());
        Assert.DoesNotContain(401, problems["POST /api/v1/calculators/resident-pension"]);
        Assert.DoesNotContain(403, problems["POST /api/v1/calculators/resident-pension"]);
        Assert.Equal([400, 429], problems["GET /api/v1/proofs/{proofNumber}"].Order());
        Assert.Equal([401, 403], problems["GET /api/v1/me"].Order());
        Assert.Equal([400, 401, 403, 404, 409, 422], problems["POST /api/v1/cases"].Order());
        Assert.Equal([400, 401, 403, 404, 409, 413, 415], problems["POST /api/v1/cases/{id}/attachments"].Order());
        var anonymous = new[] { "/api/v1/calculators/", "/api/v1/proofs/", "/api/v1/auth/token" };
        Assert.All(problems.Where(p => !anonymous.Any(a => p.Key.Contains(a, StringComparison.Ordinal))),
            p => Assert.True(p.Value.IsSupersetOf([401, 403]), p.Key));
    }

    /// <summary>409 and 422 are declared by hand (<c>.Problems(409)</c>); this keeps the declarations true to the handlers' code.</summary>
    [Fact]
    public async Task ConflictAnd422_AreListed_ExactlyWhereTheEndpointsHandlerCanReturnThem()
    {
        var problems = Problems(await DocumentAsync());
        var core = RepoFiles.PathOf("src", "Shebao.Core");
        var sources = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList();
        // The handler's own declaration: from "class X" to the next top-level declaration of its file.
        string SourceOf(Type handler)
        {
            var match = sources.Select(s => System.Text.RegularExpressions.Regex.Match(s, $@"class {handler.Name}\b[\s\S]*?(?=\n(public|internal|file|static|sealed)\b|$)")).FirstOrDefault(m => m.Success);
            return match?.Value ?? "";
        }
        var endpoints = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal) == true);
        var wrong = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var method = endpoint.Metadata.GetMetadata<MethodInfo>();
            var verb = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Single();
            if (method is null || verb is null) continue;
            var key = $"{verb} /{RouteOf(endpoint).TrimEnd('/')}";
            var handlers = method.GetParameters().Select(p => p.ParameterType).Where(t => t.Name.EndsWith("Handler", StringComparison.Ordinal) && t.Assembly.GetName().Name == "Shebao.Core");
            var code = string.Concat(handlers.Select(SourceOf));
            var listed = problems.TryGetValue(key, out var s) ? s : [];
            if (code.Contains("Conflict(", StringComparison.Ordinal) != listed.Contains(409)) wrong.Add($"{key}: 409");
            if (code.Contains("Unprocessable(", StringComparison.Ordinal) != listed.Contains(422)) wrong.Add($"{key}: 422");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>The document's path for an endpoint: route constraints dropped (/cases/{id:guid} → /cases/{id}).</summary>
    private static string RouteOf(RouteEndpoint endpoint) =>
        System.Text.RegularExpressions.Regex.Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), @"\{(\*{0,2}\w+)(:[^}]+)?\??\}", m => "{" + m.Groups[1].Value.TrimStart('*') + "}");
}
