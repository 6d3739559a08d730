using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;

namespace Shebao.Core.Modules.Employers;

/// <summary>A2-03 缴费人员增员申报: an employer adds an employee (a registered person) to its contribution roll.</summary>
internal sealed class AddEmployeeRules(ParameterStore parameters) : CaseItemRules
{
    public const string Code = "A2-03";
    public const int RegistrationDays = 30;          // 社会保险法 第58条
    public const int MinimumWorkingAge = 16;         // 劳动法 第15条

    public override IReadOnlyCollection<string> ItemCodes => [Code];

    public override bool SubjectAnywhereInDistrict => true;

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext context, CancellationToken ct)
    {
        var checks = new List<RuleCheck>();
        var form = context.Form;
        var employer = await EmployerChecks.CheckAsync(context, checks, ct);
        var person = await context.Db.Persons.AsNoTracking().Where(p => p.Id == context.PersonId).Select(p => new { p.BirthDate }).SingleOrDefaultAsync(ct);
        var hire = form.Date("employmentDate");

        if (hire is not { } hired)
        {
            checks.Add(RuleCheck.Fail("用工日期不晚于申报之日", "请填写用工日期"));
        }
        else
        {
            checks.Add(RuleCheck.When(hired <= context.Today, "用工日期不晚于申报之日",
                $"用工日期 {Day(hired)} 晚于今天（{Day(context.Today)}），尚未用工不能增员"));
            if (person is not null)
            {
                var age = AgeOn(person.BirthDate, hired);
                checks.Add(RuleCheck.When(age >= MinimumWorkingAge, $"职工用工时年满{MinimumWorkingAge}周岁（劳动法第15条）",
                    $"用工日期 {Day(hired)} 时该职工仅{age}周岁，不得招用未满{MinimumWorkingAge}周岁的未成年人", $"用工时{age}周岁"));
            }
            if (hired <= context.Today)
            {
                var days = context.Today.DayNumber - hired.DayNumber;
                // Late registration is the employer's breach, not a reason to refuse the employee's insurance: a passing check that says so.
                checks.Add(RuleCheck.Pass($"自用工之日起{RegistrationDays}日内申报（社会保险法第58条）", days <= RegistrationDays
                    ? $"用工第{days}天申报，未超过{RegistrationDays}日"
                    : $"已逾期：用工日期 {Day(hired)} 至今{days}天，超过{RegistrationDays}日时限{days - RegistrationDays}天；仍予增员，请提醒单位按时申报"));
            }
        }

        var month = form.Month("effectiveMonth");
        if (month is not { } effective) checks.Add(RuleCheck.Fail("生效年月不早于用工年月", "请填写生效年月"));
        else if (hire is { } h) checks.Add(RuleCheck.When(effective >= YearMonth.Of(h), "生效年月不早于用工年月",
            $"生效年月 {effective} 早于用工年月 {YearMonth.Of(h)}，用工之前不能参保"));

        var wage = form.Decimal("contributionWage");
        var asOf = month ?? YearMonth.Of(context.Today);
        var bounds = BaseBounds.TryFor(new ParameterReader(await parameters.LoadAsync(ct)), asOf);
        const string baseRule = "缴费工资在全口径平均工资的60%–300%之间";
        if (bounds is null) checks.Add(RuleCheck.Fail(baseRule, BaseBounds.Missing(asOf)));
        else if (wage is not { } w) checks.Add(RuleCheck.Fail(baseRule, $"请填写缴费工资，允许范围 {bounds.Describe(asOf)}"));
        else checks.Add(RuleCheck.When(bounds.Contains(w), baseRule,
            $"缴费工资 {Money(w)} 元/月{(w < bounds.Min ? "低于下限" : "高于上限")}，允许范围 {bounds.Describe(asOf)}",
            $"{Money(w)} 元/月，允许范围 {bounds.Min:0.00}–{bounds.Max:0.00} 元/月"));

        var pension = form.Bool("insurePension") == true;
        var insurances = Insurances.Label(pension, form.Bool("insureUnemployment") == true, form.Bool("insureInjury") == true);
        checks.Add(RuleCheck.When(insurances.Length > 0, "至少参加一个险种", "养老、失业、工伤保险均未勾选，请至少选择一个险种", insurances));

        if (employer is not null)
        {
            var entry = await context.Db.Set<EmployerRollEntry>().AsNoTracking().SingleOrDefaultAsync(r => r.EmployerId == employer.Id && r.PersonId == context.PersonId, ct);
            checks.Add(RuleCheck.When(entry is not { Status: RollStatuses.Active }, "职工不在本单位名册中在职参保",
                $"该职工已自 {entry?.EffectiveMonth} 起在{employer.Name}在职参保，不能重复增员",
                entry is null ? null : $"曾于 {entry.EffectiveMonth} {RollStatuses.Label(entry.Status)}（{entry.ChangeReason}）{(form["addReason"] == "resume" ? "，本次为续保" : "")}"));
            if (form["addReason"] == "resume")
            {
                checks.Add(RuleCheck.When(entry is not null, "续保须有本单位原参保记录", $"该职工在{employer.Name}没有参保记录，不能续保，请选择“新参保”"));
                checks.Add(RuleCheck.When(form.Has("resumeReason"), "续保须填写续保原因", "增员原因为“续保”时请填写续保原因"));
            }
        }
        if (pension)
        {
            var flexible = await context.Db.Set<FlexibleEnrolment>().AsNoTracking().FirstOrDefaultAsync(f => f.PersonId == context.PersonId && f.Status == FlexibleStatuses.Active, ct);
            checks.Add(RuleCheck.When(flexible is null, "职工未以灵活就业身份参加职工养老保险",
                $"该职工自 {flexible?.StartMonth} 起以灵活就业身份参加职工养老保险，请先办理灵活就业停保（A1-01 减员）再由单位增员"));
        }
        return checks;
    }

    public override async Task ApplyAsync(CaseContext context, CancellationToken ct)
    {
        var form = context.Form;
        var employer = await EmployerChecks.LoadAsync(context, ct);
        var person = await EmployerChecks.PersonAsync(context, ct);
        var month = form.Month("effectiveMonth")!.Value.ToString();
        var reason = form["addReason"] == "resume" ? "续保" : "新参保";
        var entry = await context.Db.Set<EmployerRollEntry>().SingleOrDefaultAsync(r => r.EmployerId == employer.Id && r.PersonId == person.Id, ct);
        var before = entry is null ? null : Snapshot(employer, entry);
        if (entry is null)
        {
            entry = new EmployerRollEntry { Id = Guid.CreateVersion7(), EmployerId = employer.Id, PersonId = person.Id };
            context.Db.Add(entry);
        }
        entry.PersonName = person.Name;
        entry.IdNumberMasked = person.IdNumberMasked;
        entry.HireDate = form.Date("employmentDate")!.Value;
        entry.WageBase = form.Decimal("contributionWage")!.Value;
        entry.Pension = form.Bool("insurePension") == true;
        entry.Unemployment = form.Bool("insureUnemployment") == true;
        entry.Injury = form.Bool("insureInjury") == true;
        entry.EffectiveMonth = month;
        entry.Status = RollStatuses.Active;
        entry.ChangeReason = reason;
        entry.CaseId = context.CaseId;
        entry.CaseNumber = context.CaseNumber;
        entry.UpdatedAt = context.Now;
        entry.Version++;
        context.Db.Add(RollHistory.Change(entry, RollChangeKinds.Add, context.By, context.Now, context.CaseId, context.CaseNumber));

        if (entry.Pension) person.SetEmployeePensionStatus(EmployeePensionStatuses.Insured, context.Now);
        PersonHistory.Record(context.Db, person.Id, "employment",
            $"单位增员（{reason}）：{employer.Name}，{entry.Insurances}，缴费工资 {Money(entry.WageBase)} 元/月，{month} 起",
            before, Snapshot(employer, entry), context.By, context.Now, context.CaseId, context.CaseNumber);
    }

    internal static object Snapshot(Employer employer, EmployerRollEntry e) => new
    {
        单位 = employer.Name, 状态 = RollStatuses.Label(e.Status), 险种 = e.Insurances, 缴费工资 = Money(e.WageBase),
        用工日期 = Day(e.HireDate), 生效年月 = e.EffectiveMonth, 原因 = e.ChangeReason,
    };

    internal static int AgeOn(DateOnly birth, DateOnly day) => day.Year - birth.Year - (day < birth.AddYears(day.Year - birth.Year) ? 1 : 0);

    internal static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
