using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Results;
using Shebao.Core.Platform.Security;

namespace Shebao.Core.Modules.Identity;

/// <summary>Label is a zh-CN text the page localises (roles) or shows as is (unit names are proper names).</summary>
public sealed record AccountChoice(string Code, string Label);

public sealed record AccountChoices(IReadOnlyList<AccountChoice> Roles, IReadOnlyList<AccountChoice> Units);

/// <summary>What the account form offers: the five roles, and the open units in tree order, indented by depth so the list reads like the tree.</summary>
public sealed class ListAccountChoicesHandler(ListOrgUnitsHandler orgUnits, ICurrentUser user)
{
    public async Task<Result<AccountChoices>> HandleAsync(CancellationToken ct = default)
    {
        if (!user.IsInRole(RoleNames.DistrictAdmin)) return Result<AccountChoices>.From(Result.Forbidden("只有系统管理员可以管理用户"));
        // Closed units are loaded too, so an open unit under a closed parent still gets its depth.
        var all = await orgUnits.HandleAsync(includeClosed: true, ct);
        var parentOf = all.ToDictionary(u => u.Code, u => u.ParentCode);
        var units = all.Where(u => u.ValidTo is null)
            .Select(u => new AccountChoice(u.Code, new string('\u3000', Depth(u.Code, parentOf)) + u.Name + " " + u.Code + " · " + OrgKinds.Label(u.Kind)))
            .ToList();
        return new AccountChoices(RoleNames.All.Select(r => new AccountChoice(r, RoleNames.Label(r))).ToList(), units);
    }

    private static int Depth(string code, Dictionary<string, string?> parentOf)
    {
        var depth = 0;
        while (parentOf.GetValueOrDefault(code) is { } parent && depth < parentOf.Count)
        {
            depth++;
            code = parent;
        }
        return depth;
    }
}
