using Shebao.Core.Modules.Queries;
using Shebao.Core.Platform.Security;

namespace Shebao.Tests.Modules.Queries;

public sealed class CentreImportsItsOwnDatasetsTests
{
    private static readonly DatasetDefinition PensionDataset = new("test-dataset", "测试数据", "YL", SubjectKind.Person, "idNumber", null, null, [], []);

    [Theory]
    [InlineData(RoleNames.DistrictAdmin, "341504", true)]
    [InlineData(RoleNames.DistrictReviewer, "341504-YL", true)]
    [InlineData(RoleNames.DistrictReviewer, "341504-ZJ", false)]
    [InlineData(RoleNames.TownshipClerk, "341504001", false)]
    [InlineData(RoleNames.VillageClerk, "341504-YL", false)]
    [InlineData(RoleNames.Auditor, "341504", false)]
    public void Import_IsForTheDatasetsCentre_OrTheAdministrator(string role, string unit, bool allowed) =>
        Assert.Equal(allowed, CentreImportsItsOwnDatasets.Allows(new FixedCurrentUser("u", "u", unit, [role]), PensionDataset));
}
