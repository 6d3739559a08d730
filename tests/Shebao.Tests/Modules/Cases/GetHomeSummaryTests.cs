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

    private Task<HomeSummary> SummaryAsync(ICurrentUser user, bool countPersons) =>
        fixture.App.InScopeAsync(async sp => (await sp.GetRequiredService<GetHomeSummaryHandler>().HandleAsync(new HomeSummaryQuery(countPersons))).Value!, user);

    [Fact]
    public async Task VillageClerk_SeesTheLineageDownToTheVillage_AndCountsOnlyTheVillagesPersons()
    {
        var summary = await SummaryAsync(TestUsers.VillageClerk("341504001003"), countPersons: true);
        Assert.Equal(["叶集区", "史河街道", "顺河社区居委会"], summary.Lineage);
        Assert.Empty(summary.CentreItems);
        var inVillage = await fixture.App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Persons.CountAsync(p => p.VillageCode == "341504001003"));
        Assert.Equal(inVillage, summary.PersonCount);
    }

    [Fact]
    public async Task CentreReviewer_SeesTheCentresItems()
    {
        var summary = await SummaryAsync(PensionReviewer, countPersons: false);
        Assert.Equal(2, summary.Lineage.Count);
        Assert.NotEmpty(summary.CentreItems);
        Assert.All(summary.CentreItems, i => Assert.Equal("YL", i.Department));
        Assert.Equal(0, summary.PersonCount);
    }

    [Fact]
    public async Task WithoutPersonCount_NothingIsCounted()
    {
        var summary = await SummaryAsync(TestUsers.TownshipClerk(), countPersons: false);
        Assert.Equal(0, summary.PersonCount);
        Assert.Equal(["叶集区", "史河街道"], summary.Lineage);
    }
}
