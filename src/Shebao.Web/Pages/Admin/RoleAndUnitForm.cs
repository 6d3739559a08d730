using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;

namespace Shebao.Web.Pages.Admin;

public sealed record UnitOption(string Code, string Label);

public sealed record RoleAndUnitForm(string? Role, string? OrgUnitCode, IReadOnlyList<UnitOption> Units)
{
    /// <summary>Active units in tree order, indented by depth so the select reads like the tree.</summary>
    public static async Task<IReadOnlyList<UnitOption>> LoadUnitsAsync(AppDbContext db, CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.ValidTo == null).ToListAsync(ct);
        return units.OrderBy(u => u.Path, StringComparer.Ordinal)
            .Select(u => new UnitOption(u.Code, new string('\u3000', u.Path.Count(c => c == '/') - 2) + u.Name + " " + u.Code + " · " + OrgKinds.Label(u.Kind)))
            .ToList();
    }
}
