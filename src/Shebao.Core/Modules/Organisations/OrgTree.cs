using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Files;

namespace Shebao.Core.Modules.Organisations;

/// <summary>Seeds the official tree (district, centres, townships, the villages known from NBS codes) on every start; idempotent.</summary>
public static class OrgTree
{
    public const string DistrictCode = "341504";

    /// <summary>Stand-ins for townships whose villages are not yet known; clearly labelled, never official codes (9xx).</summary>
    public static readonly IReadOnlyList<(string Code, string Name, string Parent)> DemoVillages =
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

    private static readonly CsvFormat Format = CsvFormat.Of("code,name,kind,parentCode,validFrom,validTo,source", CsvHeader.Required, int.MaxValue);

    public static IReadOnlyList<OrgUnit> OfficialUnits()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Shebao.divisions.csv")
            ?? throw new InvalidOperationException("divisions.csv is not embedded");
        using var reader = new StreamReader(stream);
        var (table, error) = CsvTable.Read(reader, Format);
        if (error is not null) throw new FormatException($"divisions.csv line {error.Line}: {error.Message}");
        var units = new List<OrgUnit>();
        var paths = new Dictionary<string, string>();
        foreach (var f in table!.Rows)
        {
            var parent = f[3].Length == 0 ? null : f[3];
            var path = OrgUnit.ChildPath(parent is null ? "/" : paths[parent], f[0]);
            paths[f[0]] = path;
            units.Add(new OrgUnit
            {
                Code = f[0], Name = f[1], Kind = f[2], ParentCode = parent, Path = path,
                ValidFrom = f[4].Length == 0 ? null : DateOnly.Parse(f[4], CultureInfo.InvariantCulture),
                ValidTo = f[5].Length == 0 ? null : DateOnly.Parse(f[5], CultureInfo.InvariantCulture),
                Source = f[6],
            });
        }
        return units;
    }

    public static async Task SeedOfficialAsync(AppDbContext db, bool includeDemoVillages, CancellationToken ct = default)
    {
        var existing = await db.OrgUnits.Select(o => o.Code).ToHashSetAsync(ct);
        var units = OfficialUnits().ToList();
        if (includeDemoVillages)
        {
            var townshipPaths = units.Where(u => u.Kind == OrgKinds.Township).ToDictionary(u => u.Code, u => u.Path);
            units.AddRange(DemoVillages.Select(d => new OrgUnit
            {
                Code = d.Code, Name = d.Name, Kind = OrgKinds.Village, ParentCode = d.Parent,
                Path = OrgUnit.ChildPath(townshipPaths[d.Parent], d.Code), Source = "演示数据", IsDemo = true,
            }));
        }
        db.OrgUnits.AddRange(units.Where(u => !existing.Contains(u.Code)));
        await db.SaveChangesAsync(ct);
    }
}
