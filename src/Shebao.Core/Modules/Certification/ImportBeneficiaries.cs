using Shebao.Core.Platform.Security;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Files;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Certification;

public sealed record BeneficiaryImportReport(int Added, int Updated, IReadOnlyList<ImportLineError> Errors)
{
    public bool Applied => Errors.Count == 0;
}

/// <summary>
/// Imports a centre's list of beneficiaries (README "Import"). Every line is checked first; one bad line and
/// nothing is written. A person who is not registered is an error line. Reviewers import their own scheme only.
/// </summary>
public sealed class ImportBeneficiariesHandler(AppDbContext db, ICurrentUser user, PersonLookup lookup, AuditTrail audit, TimeProvider clock)
{
    public const string Header = "身份证号码,姓名,险种,对象类型,待遇项目,伤残等级,关联工亡职工,与工亡职工关系,月待遇,上次认证日期,认证方式,认证地点";
    private static readonly CsvColumn[] Columns = [.. Header.Split(',').Select(c => new CsvColumn(c))];

    private sealed record Row(int Line, PersonRef Person, string Scheme, string SubjectType, string Items, string? Grade, string? Deceased, string? Relationship,
        decimal Amount, DateOnly? LastOn, string? Method, string? Place);

    public async Task<Result<BeneficiaryImportReport>> HandleAsync(TextReader csv, CancellationToken ct = default)
    {
        if (!user.IsInRole(RoleNames.DistrictAdmin) && CertificationAccess.ReviewerScheme(user) is null)
            return Result<BeneficiaryImportReport>.From(Result.Forbidden("只有养老中心、工伤中心的审核人员或系统管理员可以导入待遇领取人员名单"));
        var errors = new List<ImportLineError>();
        var lines = await CsvLines.ReadAsync(csv, Columns, errors, ct);
        var today = clock.TodayInChina();

        var indexes = new Dictionary<int, string>();
        foreach (var f in lines)
            if (IdNumber.Validate(IdNumber.Normalize(f.Cell(0))) is null) indexes[f.Line] = lookup.IndexOf(f[0]);
        var persons = await lookup.ByIndexesAsync(indexes.Values, ct);

        var planned = new List<Row>();
        var seen = new Dictionary<(Guid, string), int>();
        foreach (var f in lines)
        {
            var line = f.Line;
            var error = Parse(f, today, indexes, persons, out var row);
            if (error is null && !CertificationAccess.ManagesScheme(user, row!.Scheme)) error = $"您只能导入本中心的名单，不能导入“{Schemes.Label(row.Scheme)}”";
            if (error is null && seen.TryGetValue((row!.Person.Id, row.Scheme), out var earlier)) error = $"与第{earlier}行重复（同一人同一险种）";
            if (error is not null) { errors.Add(new(line, error)); continue; }
            seen[(row!.Person.Id, row.Scheme)] = line;
            planned.Add(row);
        }
        if (errors.Count > 0) return new BeneficiaryImportReport(0, 0, errors);

        var ids = planned.Select(r => r.Person.Id).Distinct().ToList();
        var existing = new Dictionary<(Guid, string), Beneficiary>();
        foreach (var chunk in ids.Chunk(500))
            foreach (var b in await db.Set<Beneficiary>().Where(b => chunk.Contains(b.PersonId)).ToListAsync(ct)) existing[(b.PersonId, b.Scheme)] = b;
        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.UserName ?? "";
        int added = 0, updated = 0;
        foreach (var r in planned)
        {
            if (!existing.TryGetValue((r.Person.Id, r.Scheme), out var b))
            {
                b = new Beneficiary { Id = Guid.CreateVersion7(), PersonId = r.Person.Id, Scheme = r.Scheme, CentreCode = Schemes.CentreOf(r.Scheme)!, Status = BenefitStatuses.Active };
                db.Add(b);
                added++;
            }
            else updated++;
            (b.SubjectType, b.BenefitItems, b.DisabilityGrade, b.DeceasedWorkerName, b.Relationship, b.MonthlyAmount) = (r.SubjectType, r.Items, r.Grade, r.Deceased, r.Relationship, r.Amount);
            (b.Name, b.IdNumberMasked, b.VillageCode, b.OrgPath) = (r.Person.Name, r.Person.IdNumberMasked, r.Person.VillageCode, r.Person.OrgPath);
            if (r.LastOn is { } on && (b.LastCertifiedOn is null || on > b.LastCertifiedOn))
                (b.LastCertifiedOn, b.LastMethod, b.LastPlace, b.NextDueMonth) = (on, r.Method, r.Place, CertificationCycle.NextDueMonth(on).ToString());
            if (b.NextDueMonth.Length == 0) b.NextDueMonth = Calculators.YearMonth.Of(today).ToString();
            b.UpdatedAt = now;
            b.Version++;
            PersonHistory.Record(db, b.PersonId, "benefit-list", $"{Schemes.Label(b.Scheme)}待遇领取名单导入：{b.BenefitItems}，下次认证 {b.NextDueMonth}", null,
                new { scheme = b.Scheme, benefitItems = b.BenefitItems, nextDueMonth = b.NextDueMonth }, by, now);
        }
        audit.Record("certification.import", "beneficiary", null, reason: $"added={added},updated={updated}");
        await db.SaveChangesAsync(ct);
        return new BeneficiaryImportReport(added, updated, []);
    }

    private static string? Parse(CsvRow f, DateOnly today, Dictionary<int, string> indexes, IReadOnlyDictionary<string, PersonRef> persons, out Row? row)
    {
        row = null;
        if (f.Width != Columns.Length) return $"应有{Columns.Length}列（{Header}），实际{f.Width}列；含英文逗号的项请用英文双引号括起";
        var id = IdNumber.Normalize(f[0]);
        if (IdNumber.Validate(id) is { } idError) return $"身份证号码无效：{idError}";
        if (!persons.TryGetValue(indexes[f.Line], out var person)) return "该身份证号码的人员未在本平台登记，请先在参保人登记中录入";
        if (f.Cell(1) is not { } name) return "姓名不能为空";
        if (name != person.Name) return "姓名与登记信息不一致";
        if (Schemes.Parse(f[2]) is not { } scheme) return $"险种“{f[2]}”无效，应为“企业职工”或“工伤”";
        if (SubjectTypes.Parse(f[3]) is not { } type) return $"对象类型“{f[3]}”无效，应为退休人员、工伤职工或供养亲属";
        if ((scheme == Schemes.EmployeePension) != (type == SubjectTypes.Retiree)) return "对象类型与险种不符：企业职工为退休人员，工伤为工伤职工或供养亲属";
        if (f.Cell(4) is not { } items) return "待遇项目不能为空";
        if (items.Length > 100) return "待遇项目最多100字";
        var grade = f.Cell(5);
        if (grade is not null && (!int.TryParse(grade, out var g) || g is < 1 or > 10)) return $"伤残等级“{grade}”应为1至10";
        var deceased = f.Cell(6);
        var relationship = f.Cell(7);
        if (type == SubjectTypes.Dependant && (deceased is null || relationship is null)) return "供养亲属须填写关联工亡职工和与工亡职工关系";
        if (!decimal.TryParse(f[8], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0 || amount > 100000) return $"月待遇“{f[8]}”应为0至100000的金额";
        DateOnly? lastOn = null;
        if (f.Cell(9) is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return $"上次认证日期“{text}”格式应为 yyyy-MM-dd";
            if (d > today) return "上次认证日期不能晚于今天";
            lastOn = d;
        }
        var method = CertificationMethods.Parse(f[10]);
        if (method == "?") return $"认证方式“{f[10]}”无效，应为经办机构、手机、自助终端、上门认证或其他";
        var place = f.Cell(11);
        if (place is { Length: > 100 }) return "认证地点最多100字";
        row = new Row(f.Line, person, scheme, type, items, grade, deceased, relationship, Math.Round(amount, 2, MidpointRounding.AwayFromZero), lastOn, method, place);
        return null;
    }
}
