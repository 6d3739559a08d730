using Shebao.Core.Platform.Security;
using Shebao.Core.Modules.Organisations;

namespace Shebao.Core.Modules.Cases;

/// <summary>Which cases a user sees, and in which capacity they may act on one.</summary>
public static class CaseAccess
{
    /// <summary>
    /// Clerks: cases accepted inside their area (a township sees its villages'). Reviewers: their centre's cases.
    /// Administrators: every case, read-only (supervision). Anyone else: none.
    /// </summary>
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, ICurrentUser user, OrgScope scope)
    {
        if (user.IsInRole(RoleNames.DistrictReviewer)) return cases.Where(c => c.CentreCode == user.OrgUnitCode || c.OrgUnitCode == user.OrgUnitCode);
        if (user.IsInRole(RoleNames.VillageClerk) || user.IsInRole(RoleNames.TownshipClerk)) return cases.VisibleTo(scope);
        if (user.IsInRole(RoleNames.DistrictAdmin)) return cases;
        return cases.Where(_ => false);
    }

    public static IReadOnlyCollection<CaseActor> ActorsFor(Case c, ICurrentUser user)
    {
        var actors = new List<CaseActor>(2);
        var isStaff = user.IsInRole(RoleNames.VillageClerk) || user.IsInRole(RoleNames.TownshipClerk) || user.IsInRole(RoleNames.DistrictReviewer);
        if (isStaff && user.OrgUnitCode == c.OrgUnitCode) actors.Add(CaseActor.AcceptingClerk);
        if (user.IsInRole(RoleNames.DistrictReviewer) && user.OrgUnitCode == c.CentreCode) actors.Add(CaseActor.CentreReviewer);
        return actors;
    }

    /// <summary>The tier a user accepts at, from their role.</summary>
    public static string? TierOf(ICurrentUser user) =>
        user.IsInRole(RoleNames.VillageClerk) ? CaseTiers.Village
        : user.IsInRole(RoleNames.TownshipClerk) ? CaseTiers.Township
        : user.IsInRole(RoleNames.DistrictReviewer) ? CaseTiers.District
        : null;
}
