using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Security;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Cases;

[Trait("Category", "Db")]
public sealed class GetHomeSummaryTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly FixedCurrentUser PensionReviewer = new("u-r", "review.test", "341504-YL", [RoleNames.DistrictReviewer]);

    private Task<HomeSummary> SummaryAsync(ICurrentUser user) =>
        fixture.App.InScopeAsync(async sp => (await sp.GetRequiredService<GetHomeSummaryHandler>().HandleAsync()).Value!, user);

    [Fact]
    public async Task VillageClerk_SeesTheLineageDownToTheVillage_AndCountsOnlyTheVillagesPersons()
    {
        var summary = await SummaryAsync(TestUsers.VillageClerk("341504001003"));
        Assert.Equal(["叶集区", "史河街道", "顺河社区居委会"], summary.Lineage);
        Assert.Empty(summary.CentreItems);
        var inVillage = await fixture.App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Persons.CountAsync(p => p.VillageCode == "341504001003"));
        Assert.Equal(inVillage, summary.PersonCount);
    }

    [Fact]
    public async Task CentreReviewer_SeesTheCentresItems_AndReachesTheDistrictsPersons()
    {
        var summary = await SummaryAsync(PensionReviewer);
        Assert.Equal(2, summary.Lineage.Count);
        Assert.NotEmpty(summary.CentreItems);
        Assert.All(summary.CentreItems, i => Assert.Equal("YL", i.Department));
        var all = await fixture.App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Persons.CountAsync());
        Assert.Equal(all, summary.PersonCount);
    }

    [Theory]
    [InlineData(RoleNames.DistrictAdmin)]
    [InlineData(RoleNames.Auditor)]
    public async Task AdministratorAndAuditor_CountNoPersons_WhateverTheCallerAsks(string role)
    {
        // 三权分立 is Core's rule: the handler decides from the user, not from a flag the page passes.
        var summary = await SummaryAsync(new FixedCurrentUser("u-a", "admin.test", "341504", [role]));
        Assert.Equal(0, summary.PersonCount);
        Assert.Equal(["叶集区"], summary.Lineage);
    }
}
