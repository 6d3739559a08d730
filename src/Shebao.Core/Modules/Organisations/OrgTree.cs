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

    public static async Task SeedOfficialAsync(AppDbContext db, CancellationToken ct = default)
    {
        var existing = await db.OrgUnits.Select(o => o.Code).ToHashSetAsync(ct);
        db.OrgUnits.AddRange(OfficialUnits().Where(u => !existing.Contains(u.Code)));
        await db.SaveChangesAsync(ct);
    }
}
