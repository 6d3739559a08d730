using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Identity;
using Shebao.Core.Platform.Security;
using Shebao.Web.Security;

namespace Shebao.Tests.Architecture;

/// <summary>Who may do what: every named policy and exactly the roles it admits, checked through the real authorization service.</summary>
public sealed class PolicyRolesTests
{
    private const string V = RoleNames.VillageClerk, T = RoleNames.TownshipClerk, R = RoleNames.DistrictReviewer, A = RoleNames.DistrictAdmin, Au = RoleNames.Auditor;

    public static TheoryData<string, string[]> Admits => new()
    {
        { Policies.Admin, [A] },
        { Policies.Auditor, [Au] },
        { Policies.PersonData, [V, T, R] },
        { Policies.CaseWork, [V, T, R, A] },
        { Policies.CaseIntake, [V, T, R] },
        { Policies.RegularCheck, [V, T] },
        { Policies.CardWork, [V, T, R, A] },
        { Policies.CardBatches, [R, A] },
        { Policies.Certification, [V, T, R, A] },
        { Policies.CertificationVisit, [V, T] },
        { Policies.CertificationCentre, [R, A] },
        { Policies.QueryPrint, [V, T, R, A] },
        { Policies.QueryImport, [R, A] },
        { Policies.PersonImport, [R, A] },
        { Policies.AcrossVillages, [T, R, A] },
    };

    private static readonly IAuthorizationService Authorization = BuildAuthorization();

    [Theory]
    [MemberData(nameof(Admits))]
    public async Task Policy_AdmitsExactlyItsRoles(string policy, string[] admitted)
    {
        foreach (var role in RoleNames.All)
        {
            var allowed = await Authorization.AllowsAsync(Principal(role), policy);
            Assert.True(allowed == admitted.Contains(role), $"{policy} should {(admitted.Contains(role) ? "admit" : "refuse")} {role}");
        }
        Assert.False(await Authorization.AllowsAsync(new ClaimsPrincipal(new ClaimsIdentity()), policy), $"{policy} should refuse an anonymous user");
    }

    [Fact]
    public void EveryPolicy_IsInTheTable_AndHasItsRolesDefinedOnce()
    {
        var named = typeof(Policies).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        var tabled = Admits.Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(named.Order(), tabled.Append(Policies.Api).Order());
        Assert.Equal(tabled.Order(), Policies.Roles.Keys.Order());
    }

    [Fact]
    public async Task ApiPolicy_AdmitsBearerUsersOfAnyRole_AndNoCookie()
    {
        var api = await BuildProvider().GetRequiredService<IAuthorizationPolicyProvider>().GetPolicyAsync(Policies.Api);
        Assert.Equal([IdentityConstants.BearerScheme], api!.AuthenticationSchemes);
        Assert.True(await Authorization.AllowsAsync(Principal(Au), Policies.Api));
    }

    private static ClaimsPrincipal Principal(string role) => new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));

    private static ServiceProvider BuildProvider()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddShebaoAuth(SecurityPolicyOptions.ForProfile(SecurityPolicyOptions.Dengbao), secureCookies: false);
        return services.BuildServiceProvider();
    }

    private static IAuthorizationService BuildAuthorization() => BuildProvider().GetRequiredService<IAuthorizationService>();
}
