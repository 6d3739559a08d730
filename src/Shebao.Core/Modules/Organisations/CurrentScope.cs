using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Organisations;

/// <summary>Resolves the acting user's <see cref="OrgScope"/> once per request, from the database, so an org change applies at once.</summary>
public sealed class CurrentScope(AppDbContext db, ICurrentUser user)
{
    private OrgScope? scope;
    private OrgUnit? unit;

    public async Task<OrgScope> GetAsync(CancellationToken ct = default)
    {
        if (scope is not null) return scope;
        unit = user.OrgUnitCode is null ? null : await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Code == user.OrgUnitCode, ct);
        return scope = OrgScope.For(user, unit);
    }

    public async Task<OrgUnit?> UnitAsync(CancellationToken ct = default)
    {
        await GetAsync(ct);
        return unit;
    }

    /// <summary>The names from the district down to the user's unit (叶集区 › 史河街道 › 顺河社区居委会); empty without a unit.</summary>
    public async Task<IReadOnlyList<string>> LineageAsync(CancellationToken ct = default)
    {
        if (await UnitAsync(ct) is not { } own) return [];
        var codes = own.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var names = await db.OrgUnits.AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        return codes.Select(c => names.GetValueOrDefault(c, c)).ToList();
    }
}
