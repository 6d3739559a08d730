using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Tests.Support;
using Shebao.Web.Security;

namespace Shebao.Tests.Architecture;

/// <summary>Every page and every API group asks for a named capability (or is deliberately public or open to any signed-in user).</summary>
[Trait("Category", "Db")]
public sealed class PagePolicyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Anonymous = "anonymous";
    private const string SignedIn = "signed-in";

    /// <summary>Page → what it needs; "signed-in" is the fallback policy, several policies must all hold.</summary>
    private static readonly Dictionary<string, string> PageTable = new()
    {
        ["/Index"] = SignedIn,
        ["/Error"] = Anonymous,
        ["/Language"] = Anonymous,
        ["/Account/Login"] = Anonymous,
        ["/Account/Denied"] = Anonymous,
        ["/Account/Logout"] = SignedIn,
        ["/Account/ChangePassword"] = SignedIn,
        ["/Guide/Index"] = Anonymous,
        ["/Guide/Item"] = Anonymous,
        ["/Calculators/Index"] = Anonymous,
        ["/Calculators/RetirementAge"] = Anonymous,
        ["/Calculators/Resident"] = Anonymous,
        ["/Calculators/Employee"] = Anonymous,
        ["/Progress/Index"] = Anonymous,
        ["/Verify/Index"] = Anonymous,
        ["/Org/Index"] = SignedIn,
        ["/Org/Import"] = Policies.Admin,
        ["/Admin/Users"] = Policies.Admin,
        ["/Admin/EditUser"] = Policies.Admin,
        ["/Admin/Parameters"] = Policies.Admin,
        ["/Admin/Parameter"] = Policies.Admin,
        ["/Admin/Calendar"] = Policies.Admin,
        ["/Audit/Index"] = Policies.Auditor,
        ["/Persons/Index"] = Policies.PersonData,
        ["/Persons/Detail"] = Policies.PersonData,
        ["/Employers/Index"] = Policies.PersonData,
        ["/Employers/Detail"] = Policies.PersonData,
        ["/Cases/Index"] = Policies.CaseWork,
        ["/Cases/New"] = Policies.CaseWork,
        ["/Cases/Detail"] = Policies.CaseWork,
        ["/Cases/Archive"] = Policies.CaseWork,
        ["/Cases/Supervision"] = Policies.CaseWork,
        ["/Cards/Index"] = Policies.CardWork,
        ["/Cards/Apply"] = Policies.CardWork,
        ["/Cards/Card"] = Policies.CardWork,
        ["/Cards/Bureau"] = Policies.CardWork,
        ["/Certifications/Index"] = Policies.Certification,
        ["/Certifications/Import"] = Policies.Certification,
        ["/Certifications/Suspensions"] = Policies.Certification,
        ["/Certifications/Deaths"] = Policies.Certification,
        ["/Queries/Index"] = Policies.QueryPrint,
        ["/Queries/Run"] = Policies.QueryPrint,
        ["/Queries/Import"] = Policies.QueryPrint + "+" + Policies.QueryImport,
        ["/Imports/Persons"] = Policies.PersonImport,
    };

    /// <summary>API route prefix → the capability it needs besides the bearer token; the longest matching prefix applies.</summary>
    private static readonly Dictionary<string, string> ApiTable = new()
    {
        ["/api/v1/me"] = SignedIn,
        ["/api/v1/org-units"] = SignedIn,
        ["/api/v1/service-items"] = SignedIn,
        ["/api/v1/users"] = Policies.Admin,
        ["/api/v1/persons"] = Policies.PersonData,
        ["/api/v1/persons/import"] = Policies.PersonImport,
        ["/api/v1/imports"] = Policies.PersonImport,
        ["/api/v1/employers"] = Policies.PersonData,
        ["/api/v1/cases"] = Policies.CaseWork,
        ["/api/v1/cards"] = Policies.CardWork,
        ["/api/v1/card-applications"] = Policies.CardWork,
        ["/api/v1/certifications"] = Policies.Certification,
        ["/api/v1/queries"] = Policies.QueryPrint,
        ["/api/v1/auth/token"] = Anonymous,
        ["/api/v1/calculators"] = Anonymous,
        ["/api/v1/proofs"] = Anonymous,
    };

    [Fact]
    public void EveryPage_NeedsWhatTheTableSays()
    {
        var actual = Endpoints().Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .GroupBy(e => e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath)
            .ToDictionary(g => g.Key, g => g.Select(Needs).Distinct().Single());
        Assert.Equal(PageTable.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void EveryApiEndpoint_NeedsTheBearerToken_AndItsGroupsCapability()
    {
        var api = Endpoints().Where(e => Route(e).StartsWith("/api/v1/", StringComparison.Ordinal)).ToList();
        Assert.True(api.Count > 40, $"only {api.Count} API endpoints found: is the filter still right?");
        foreach (var endpoint in api)
        {
            var route = Route(endpoint);
            var prefix = ApiTable.Keys.Where(p => route == p || route.StartsWith(p + "/", StringComparison.Ordinal)).MaxBy(p => p.Length);
            Assert.True(prefix is not null, $"{route} has no row in the API table");
            var needs = Needs(endpoint);
            if (needs == Anonymous) { Assert.Equal(ApiTable[prefix!], needs); continue; }
            Assert.StartsWith(Policies.Api, needs, StringComparison.Ordinal);
            var capability = needs == Policies.Api ? SignedIn : needs[(Policies.Api.Length + 1)..];
            Assert.True(ApiTable[prefix!] == capability, $"{route} needs {capability}, the table says {ApiTable[prefix!]}");
        }
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static string Route(RouteEndpoint e) => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');

    /// <summary>"anonymous", "signed-in" (no named policy: the fallback applies), or the named policies joined by '+'; a role list shows as "roles:…" and fails.</summary>
    private static string Needs(Endpoint e)
    {
        if (e.Metadata.GetMetadata<IAllowAnonymous>() is not null) return Anonymous;
        var policies = e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? (a.Roles is null ? null : "roles:" + a.Roles)).OfType<string>().Distinct().ToList();
        return policies.Count == 0 ? SignedIn : string.Join("+", policies);
    }
}
