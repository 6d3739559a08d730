using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Security;

namespace Shebao.Core.Modules.Queries;

/// <summary>A centre's reviewers import their own centre's datasets; the district administrator imports any.</summary>
internal static class CentreImportsItsOwnDatasets
{
    public static bool Allows(ICurrentUser user, DatasetDefinition dataset) =>
        user.IsInRole(RoleNames.DistrictAdmin)
        || (user.IsInRole(RoleNames.DistrictReviewer) && user.OrgUnitCode == Departments.CentreCode(dataset.Centre));
}
