using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Tests.Support;

namespace Shebao.Tests.Api;

/// <summary>security-reliability.md B5: every endpoint has a policy, and the anonymous ones are exactly the documented allow-list.</summary>
[Trait("Category", "Db")]
public sealed class EndpointPolicyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>Public in the API contract: token issuance, health, API docs, the calculators, proof verification, the API 404.</summary>
    private static readonly HashSet<string> AnonymousAllowList =
    [
        "/api/v1/auth/token",
        "/api/v1/calculators/retirement-age",
        "/api/v1/calculators/resident-pension",
        "/api/v1/calculators/employee-pension",
        "/api/v1/proofs/{proofNumber}",
        "/health/live",
        "/health/ready",
        "/openapi/{documentName}.json",
        "/api/{**path}",
    ];

    [Fact]
    public void AnonymousApiEndpoints_AreExactlyTheAllowList()
    {
        var endpoints = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.StartsWith("/api/docs", StringComparison.Ordinal) && !raw.StartsWith("api/docs", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is null && e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor>() is null)
            .ToList();
        Assert.NotEmpty(endpoints);
        var anonymous = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToHashSet();
        Assert.Subset(AnonymousAllowList, anonymous);
        Assert.Contains("/api/v1/proofs/{proofNumber}", anonymous);
        var unprotected = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(e => e.RoutePattern.RawText).ToList();
        Assert.Empty(unprotected);
    }
}
