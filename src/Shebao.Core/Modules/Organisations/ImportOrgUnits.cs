using Shebao.Core.Platform.Security;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Files;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Organisations;

public sealed record OrgImportLineError(int Line, string Message);

public sealed record OrgImportReport(int Added, int Renamed, int Unchanged, IReadOnlyList<OrgImportLineError> Errors)
{
    public bool Applied => Errors.Count == 0;
}

/// <summary>
/// Imports the official list as CSV <c>code,name,kind,parentCode</c> (header optional, UTF-8).
/// Every line is checked first; one bad line and nothing of the file is applied.
/// </summary>
public sealed partial class ImportOrgUnitsHandler(AppDbContext db, ICurrentUser user, AuditTrail audit)
{
    public const int MaxLines = 5000;
    private const string Columns = "code,name,kind,parentCode";
    private static readonly CsvFormat Format = CsvFormat.Of(Columns, CsvHeader.Optional, MaxLines);

    public async Task<Result<OrgImportReport>> HandleAsync(TextReader csv, CancellationToken ct = default)
    {
        if (!user.IsInRole(RoleNames.DistrictAdmin)) return Result<OrgImportReport>.From(Result.Forbidden("只有系统管理员可以导入区划"));
        var existing = await db.OrgUnits.ToDictionaryAsync(o => o.Code, ct);
        var errors = new List<OrgImportLineError>();
        var planned = new Dictionary<string, (string Name, string Kind, string Parent)>();
        var (table, csvError) = await CsvTable.ReadAsync(csv, Format, ct);
        if (csvError is not null) return new OrgImportReport(0, 0, 0, [new(csvError.Line, csvError.Message)]);
        if (table!.IsEmpty) errors.Add(new(1, "文件为空"));
        foreach (var row in table.Rows)
        {
            if (row.Width != 4) { errors.Add(new(row.Line, $"应有4列（{Columns}），实际{row.Width}列；含英文逗号的项请用英文双引号括起")); continue; }
            var (code, name, kind, parent) = (row[0], row[1], row[2], row[3]);
            var error = CheckRow(code, name, kind, parent, existing, planned);
            if (error is not null) { errors.Add(new(row.Line, error)); continue; }
            planned[code] = (name, kind, parent);
        }
        if (errors.Count > 0) return new OrgImportReport(0, 0, 0, errors);

        int added = 0, renamed = 0, unchanged = 0;
        var paths = existing.ToDictionary(e => e.Key, e => e.Value.Path);
        foreach (var (code, row) in planned)
        {
            if (existing.TryGetValue(code, out var unit))
            {
                if (unit.Name == row.Name) { unchanged++; continue; }
                unit.Name = row.Name;
                unit.IsDemo = false;
                unit.Source = "区划导入";
                renamed++;
                continue;
            }
            var path = OrgUnit.ChildPath(paths[row.Parent], code);
            paths[code] = path;
            db.OrgUnits.Add(new OrgUnit { Code = code, Name = row.Name, Kind = row.Kind, ParentCode = row.Parent, Path = path, Source = "区划导入" });
            added++;
        }
        audit.Record("org.import", "org-unit", null, reason: $"added={added},renamed={renamed},unchanged={unchanged}");
        await db.SaveChangesAsync(ct);
        return new OrgImportReport(added, renamed, unchanged, []);
    }

    private static string? CheckRow(string code, string name, string kind, string parent, Dictionary<string, OrgUnit> existing, Dictionary<string, (string Name, string Kind, string Parent)> planned)
    {
        if (planned.ContainsKey(code)) return $"代码 {code} 在文件中重复";
        if (name.Length is 0 or > 60) return "名称不能为空，且最多60个字";
        if (kind is not (OrgKinds.Township or OrgKinds.Village)) return $"类型“{kind}”无效，只能导入 township 或 village";
        if (kind == OrgKinds.Village && !VillageCode().IsMatch(code)) return $"村（社区）代码“{code}”应为12位数字";
        if (kind == OrgKinds.Township && !TownshipCode().IsMatch(code)) return $"乡镇（街道）代码“{code}”应为以341504开头的9位数字";
        var parentKind = existing.TryGetValue(parent, out var p) ? (p.IsActive ? p.Kind : null) : planned.TryGetValue(parent, out var pp) ? pp.Kind : null;
        if (parentKind is null) return $"上级代码“{parent}”不存在（上级须已存在或在本文件前面的行中）";
        var expectedParent = kind == OrgKinds.Village ? OrgKinds.Township : OrgKinds.District;
        if (parentKind != expectedParent) return $"{OrgKinds.Label(kind)}的上级必须是{OrgKinds.Label(expectedParent)}";
        if (!code.StartsWith(parent, StringComparison.Ordinal)) return $"代码“{code}”与上级代码“{parent}”不符（应以上级代码开头）";
        if (existing.TryGetValue(code, out var current))
        {
            if (current.Kind != kind) return $"代码 {code} 已存在且类型为 {current.Kind}，不能改为 {kind}";
            if (current.ParentCode != parent) return $"代码 {code} 已存在于上级 {current.ParentCode} 下，不能移动";
            if (!current.IsActive) return $"代码 {code} 已于 {current.ValidTo:yyyy-MM-dd} 撤销，不能再导入";
        }
        return null;
    }

    [GeneratedRegex("^341504[0-9]{6}$")]
    private static partial Regex VillageCode();

    [GeneratedRegex("^341504[0-9]{3}$")]
    private static partial Regex TownshipCode();
}
