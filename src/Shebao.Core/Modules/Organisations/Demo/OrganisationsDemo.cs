using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Organisations.Demo;

/// <summary>Demo villages for townships whose villages are not yet known; added on every demo start, idempotent.</summary>
internal static class OrganisationsDemo
{
    /// <summary>Stand-ins, clearly labelled, never official codes (9xx).</summary>
    public static readonly IReadOnlyList<(string Code, string Name, string Parent)> Villages =
    [
        ("341504102901", "三元镇示范一村（演示）", "341504102"),
        ("341504102902", "三元镇示范二村（演示）", "341504102"),
        ("341504102903", "三元镇示范社区（演示）", "341504102"),
        ("341504103901", "洪集镇示范一村（演示）", "341504103"),
        ("341504103902", "洪集镇示范二村（演示）", "341504103"),
        ("341504103903", "洪集镇示范社区（演示）", "341504103"),
        ("341504104901", "姚李镇示范村（演示）", "341504104"),
        ("341504200901", "孙岗乡示范村（演示）", "341504200"),
    ];

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        var existing = await db.OrgUnits.Select(o => o.Code).ToHashSetAsync(ct);
        var townshipPaths = OrgTree.OfficialUnits().Where(u => u.Kind == OrgKinds.Township).ToDictionary(u => u.Code, u => u.Path);
        db.OrgUnits.AddRange(Villages.Where(d => !existing.Contains(d.Code)).Select(d => new OrgUnit
        {
            Code = d.Code, Name = d.Name, Kind = OrgKinds.Village, ParentCode = d.Parent,
            Path = OrgUnit.ChildPath(townshipPaths[d.Parent], d.Code), Source = "演示数据", IsDemo = true,
        }));
        await db.SaveChangesAsync(ct);
    }
}
