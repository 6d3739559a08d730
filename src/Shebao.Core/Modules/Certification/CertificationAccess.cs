using Shebao.Core.Platform.Security;
using Shebao.Core.Modules.Organisations;

namespace Shebao.Core.Modules.Certification;

/// <summary>
/// Who sees which records, by the same rule as cases: clerks their area; a district reviewer only their own
/// centre's scheme (养老 never sees 工伤); the administrator everything; anyone else nothing.
/// </summary>
/// <summary>A row that belongs to one district centre.</summary>
internal interface ICentreOwned
{
    string CentreCode { get; }
}

internal static class CertificationAccess
{
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> rows, ICurrentUser user, OrgScope scope) where T : class, IOrgScoped, ICentreOwned
    {
        if (user.IsInRole(RoleNames.DistrictReviewer)) return rows.Where(b => b.CentreCode == user.OrgUnitCode);
        if (user.IsInRole(RoleNames.VillageClerk) || user.IsInRole(RoleNames.TownshipClerk)) return rows.VisibleTo(scope);
        if (user.IsInRole(RoleNames.DistrictAdmin)) return rows;
        return rows.Where(_ => false);
    }

    /// <summary>The scheme a reviewer manages (null for everyone else).</summary>
    public static string? ReviewerScheme(ICurrentUser user) =>
        !user.IsInRole(RoleNames.DistrictReviewer) ? null
        : user.OrgUnitCode == Schemes.CentreOf(Schemes.EmployeePension) ? Schemes.EmployeePension
        : user.OrgUnitCode == Schemes.CentreOf(Schemes.WorkInjury) ? Schemes.WorkInjury
        : null;

    /// <summary>Centre work (import, suspension confirmation): the scheme's own reviewers, or the administrator.</summary>
    public static bool ManagesScheme(ICurrentUser user, string scheme) =>
        user.IsInRole(RoleNames.DistrictAdmin) || ReviewerScheme(user) == scheme;
}
