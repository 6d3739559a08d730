using Shebao.Core.Modules.Organisations;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Organisations;

public sealed class OrgScopeTests
{
    private static readonly IReadOnlyDictionary<string, OrgUnit> Units = OrgTree.OfficialUnits().ToDictionary(u => u.Code);

    [Fact]
    public void VillageClerk_SeesOnlyTheirVillage()
    {
        var scope = OrgScope.For(TestUsers.VillageClerk("341504001003"), Units["341504001003"]);
        Assert.True(scope.Covers(Units["341504001003"].Path));
        Assert.False(scope.Covers(Units["341504001004"].Path));
        Assert.False(scope.Covers(Units["341504001"].Path));
    }

    [Fact]
    public void TownshipClerk_SeesTheTownshipAndItsVillagesOnly()
    {
        var scope = OrgScope.For(TestUsers.TownshipClerk("341504001"), Units["341504001"]);
        Assert.True(scope.Covers(Units["341504001003"].Path));
        Assert.True(scope.Covers(Units["341504001217"].Path));
        Assert.False(scope.Covers(Units["341504002200"].Path));
    }

    [Fact]
    public void RoleOnTheWrongKindOfUnit_SeesNothing()
    {
        // A village-clerk account misfiled on a township must not silently see the whole township.
        Assert.True(OrgScope.For(TestUsers.VillageClerk("341504001"), Units["341504001"]).SeesNothing);
        Assert.True(OrgScope.For(TestUsers.VillageClerk("341504001003"), null).SeesNothing);
    }

    [Fact]
    public void ClosedVillage_GrantsNothing() =>
        Assert.True(OrgScope.For(TestUsers.VillageClerk("341504001200"), Units["341504001200"]).SeesNothing);

    [Fact]
    public void OfficialTree_HasTheDistrictSixCentresAndSixTownships()
    {
        Assert.Equal(6, Units.Values.Count(u => u.Kind == OrgKinds.Centre));
        Assert.Equal(6, Units.Values.Count(u => u.Kind == OrgKinds.Township));
        Assert.All(Units.Values.Where(u => u.Kind == OrgKinds.Village), v => Assert.Matches("^341504[0-9]{6}$", v.Code));
        Assert.Equal(5, Units.Values.Count(u => u.ValidTo is not null));
    }
}
