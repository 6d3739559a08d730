using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Organisations;

public sealed record OrgUnitView(string Code, string Name, string Kind, string? ParentCode, bool Active, bool IsDemo, DateOnly? ValidTo, string Source);

/// <summary>The units the caller can see (their subtree, its ancestors and the centres), in tree order.</summary>
public sealed class ListOrgUnitsHandler(AppDbContext db, CurrentScope currentScope)
{
    public async Task<IReadOnlyList<OrgUnitView>> HandleAsync(bool includeClosed = false, CancellationToken ct = default)
    {
        var scope = await currentScope.GetAsync(ct);
        var units = db.OrgUnits.AsNoTracking().VisibleTo(scope);
        if (!includeClosed) units = units.Where(u => u.ValidTo == null);
        // Ordinal path order puts each parent before its children on both engines, whatever the collation.
        var rows = (await units.ToListAsync(ct)).OrderBy(u => u.Path, StringComparer.Ordinal);
        return rows.Select(u => new OrgUnitView(u.Code, u.Name, u.Kind, u.ParentCode, u.IsActive, u.IsDemo, u.ValidTo, u.Source)).ToList();
    }
}
