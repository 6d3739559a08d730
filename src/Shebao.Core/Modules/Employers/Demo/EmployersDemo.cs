using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Validation;

namespace Shebao.Core.Modules.Employers.Demo;

/// <summary>
/// Demo employers with valid credit codes, rolls drawn from the demo persons (working age, in blind-index order,
/// so the same persons for the same key and seed), some removed, and two flexible workers. Runs once.
/// </summary>
internal static class EmployersDemo
{
    private sealed record Demo(string Name, string OrgUnit, string Kind, int RiskClass, string Legal, string Officer);

    private static readonly Demo[] All =
    [
        new("叶集区顺河建材有限公司", "341504001003", "91", 4, "陈建国", "刘静"),
        new("六安市叶集区史河木业有限公司", "341504001", "91", 4, "周明华", "刘静"),
        new("叶集区五楼家具厂", "341504002200", "92", 4, "张德山", "王芳"),
        new("安徽平岗纺织有限公司", "341504002", "91", 3, "吴晓东", "王芳"),
        new("叶集区三元镇绿源农业专业合作社", "341504102901", "93", 1, "孙立民", "赵磊"),
        new("叶集区姚李镇光华竹木制品厂", "341504104240", "92", 4, "黄永强", "赵磊"),
    ];

    private const int PerEmployer = 4;

    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.Set<Employer>().AnyAsync(ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.TodayInChina();
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(o => o.Code, o => o.Path, ct);
        // Not the named demo persons (each stands for a 城居保 state) and nobody in the 城居保: 职保 and 城居保 exclude each other.
        var named = Resident.Demo.ResidentDemo.Listing.Select(l => l.Name).Concat(Persons.Demo.PersonsDemo.KnownPersons.Select(k => k.Name)).ToList();
        var workers = await db.Persons.Where(p => p.BirthDate <= today.AddYears(-20) && p.BirthDate > today.AddYears(-50) && p.ResidentInsuredStatus == ResidentInsuredStatuses.NotInsured && !named.Contains(p.Name))
            .OrderBy(p => p.IdNumberIndex).Take(All.Length * PerEmployer + 2).ToListAsync(ct);
        var next = 0;
        for (var n = 0; n < All.Length; n++)
        {
            var d = All[n];
            if (!units.TryGetValue(d.OrgUnit, out var path)) continue;
            var employer = new Employer
            {
                Id = Guid.CreateVersion7(), UnitCode = $"3415041{n + 1:D4}", CreditCode = CreditCode(d.Kind, n), Name = d.Name,
                LegalRepresentative = d.Legal, Officer = d.Officer, InjuryRiskClass = d.RiskClass, OrgUnitCode = d.OrgUnit, OrgPath = path, CreatedAt = now,
            };
            db.Add(employer);
            for (var k = 0; k < PerEmployer && next < workers.Count; k++, next++)
            {
                var person = workers[next];
                var hire = new DateOnly(2019 + (n + k) % 6, 1 + (n * 5 + k * 3) % 12, 1 + (n + k * 7) % 28);
                var entry = new EmployerRollEntry
                {
                    Id = Guid.CreateVersion7(), EmployerId = employer.Id, PersonId = person.Id, PersonName = person.Name, IdNumberMasked = person.IdNumberMasked,
                    HireDate = hire, WageBase = 4500m + 700m * ((n + 2 * k) % 6), Pension = true, Unemployment = k != 2, Injury = true,
                    EffectiveMonth = YearMonth.Of(hire).ToString(), Status = RollStatuses.Active, ChangeReason = "新参保", UpdatedAt = now, Version = 1,
                };
                db.Add(entry);
                db.Add(RollHistory.Change(entry, RollChangeKinds.Add, "demo", now));
                person.SetEmployeePensionStatus(EmployeePensionStatuses.Insured, now);
                // Every other employer has lost its last employee: one suspended (辞职), one ended (退休).
                if (k == PerEmployer - 1 && n % 2 == 0)
                {
                    entry.EffectiveMonth = YearMonth.Of(today).AddMonths(-(n + 2)).ToString();
                    (entry.ChangeReason, entry.Status) = n == 2 ? ("退休", RollStatuses.Ended) : ("辞职", RollStatuses.Suspended);
                    entry.Version = 2;
                    db.Add(RollHistory.Change(entry, RollChangeKinds.Remove, "demo", now));
                    person.SetEmployeePensionStatus(EmployeePensionStatuses.Suspended, now);
                }
                PersonHistory.Record(db, person.Id, "employment", $"演示数据：{employer.Name} {RollStatuses.Label(entry.Status)}，{entry.EffectiveMonth} 起", null,
                    new { 单位 = employer.Name, 状态 = RollStatuses.Label(entry.Status), 生效年月 = entry.EffectiveMonth }, "demo", now);
            }
        }
        // Two flexible workers (个体缴费), at 60 % and 100 % of the latest average wage.
        var average = await db.PolicyParameters.Where(p => p.Code == "EMP.CONTRIB_AVG").OrderByDescending(p => p.ValidFrom).Select(p => p.Value).FirstOrDefaultAsync(ct);
        var wage = average is null ? 7426m : decimal.Parse(average, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (person, ratio) in workers.Skip(next).Zip([0.6m, 1.0m]))
        {
            var start = YearMonth.Of(today).AddMonths(-14 - (int)(ratio * 10)).ToString();
            db.Add(new FlexibleEnrolment
            {
                Id = Guid.CreateVersion7(), PersonId = person.Id, BaseRatio = ratio, BaseAmount = decimal.Round(wage * ratio, 2, MidpointRounding.AwayFromZero),
                StartMonth = start, Status = FlexibleStatuses.Active, UpdatedAt = now, Version = 1,
            });
            person.SetEmployeePensionStatus(EmployeePensionStatuses.Insured, now);
            PersonHistory.Record(db, person.Id, "flexible", $"演示数据：灵活就业参保，{start} 起", null, new { 开始年月 = start, 档次 = $"{ratio * 100:0}%" }, "demo", now);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>登记管理部门 + 机构类别 (91 企业, 92 个体工商户, 93 农民专业合作社), 叶集区 341504, a GB 11714 body, the GB 32100 check character.</summary>
    public static string CreditCode(string kind, int n)
    {
        var body = $"MA2Y{1000 + n * 37:D4}";
        var first17 = kind + "341504" + body + OrgCodeCheck(body);
        return first17 + UnifiedSocialCreditCode.CheckChar(first17);
    }

    private static char OrgCodeCheck(string body8)
    {
        int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body8.Select((c, i) => (char.IsDigit(c) ? c - '0' : c - 'A' + 10) * weights[i]).Sum();
        var check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char)('0' + check);
    }
}
