using Shebao.Core.Platform.Security;

namespace Shebao.Core.Modules.Organisations;

/// <summary>Anything that lives at one place of the tree and must be scoped by it.</summary>
public interface IOrgScoped
{
    string OrgPath { get; }
}

/// <summary>
/// What part of the tree a user may see, as one path prefix. Empty prefix = none (fail closed).
/// </summary>
public sealed record OrgScope(string PathPrefix)
{
    public static readonly OrgScope Nothing = new("");
    public const string DistrictPath = "/341504/";

    public bool SeesNothing => PathPrefix.Length == 0;

    public bool Covers(string orgPath) => !SeesNothing && orgPath.StartsWith(PathPrefix, StringComparison.Ordinal);

    /// <summary>
    /// village clerk: their village; township clerk: their township and villages; reviewer, admin
    /// and auditor: the whole district (a reviewer's item restriction applies to cases, not people).
    /// </summary>
    public static OrgScope For(ICurrentUser user, OrgUnit? unit)
    {
        if (!user.IsAuthenticated || unit is null || !unit.IsActive) return Nothing;
        if (user.IsInRole(RoleNames.DistrictAdmin) || user.IsInRole(RoleNames.Auditor) || user.IsInRole(RoleNames.DistrictReviewer))
            return new OrgScope(DistrictPath);
        if (user.IsInRole(RoleNames.TownshipClerk) && unit.Kind == OrgKinds.Township) return new OrgScope(unit.Path);
        if (user.IsInRole(RoleNames.VillageClerk) && unit.Kind == OrgKinds.Village) return new OrgScope(unit.Path);
        return Nothing;
    }
}

public static class OrgScopeQueries
{
    /// <summary>The one scoping filter every query of org-scoped data goes through.</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> query, OrgScope scope) where T : class, IOrgScoped =>
        scope.SeesNothing ? query.Where(_ => false)
        // Everything scoped lives under the district: no filter lets a name search use the name index.
        : scope.PathPrefix == OrgScope.DistrictPath ? query
        : query.Where(x => x.OrgPath.StartsWith(scope.PathPrefix));

    public static IQueryable<OrgUnit> VisibleTo(this IQueryable<OrgUnit> query, OrgScope scope)
    {
        if (scope.SeesNothing) return query.Where(_ => false);
        // Ancestors of the user's unit are visible too (a clerk sees their township and district names),
        // as is the district's centre list; but never a sibling village.
        var ancestors = scope.PathPrefix.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return query.Where(u => u.Path.StartsWith(scope.PathPrefix) || ancestors.Contains(u.Code) || u.Kind == OrgKinds.Centre);
    }
}
