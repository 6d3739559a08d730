using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;

namespace Shebao.Core.Modules.Employers;

/// <summary>A1-01 缴费人员增（减）员申报（灵活）: a person starts or stops paying 职工养老保险 as a flexible worker.</summary>
internal sealed class FlexibleEmploymentRules(ParameterStore parameters) : CaseItemRules
{
    public const string Code = "A1-01";
    private const string BaseRule = "缴费基数档次在全口径平均工资的60%–300%之间";

    public override IReadOnlyCollection<string> ItemCodes => [Code];

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext context, CancellationToken ct)
    {
        var form = context.Form;
        var db = context.Db;
        var active = await db.Set<FlexibleEnrolment>().AsNoTracking().FirstOrDefaultAsync(f => f.PersonId == context.PersonId && f.Status == FlexibleStatuses.Active, ct);
        var checks = new List<RuleCheck>();
        if (form["declareType"] == "remove")
        {
            checks.Add(RuleCheck.When(active is not null, "已以灵活就业身份参保", "该参保人没有灵活就业参保记录（或已停保），无需停保",
                active is null ? null : $"自 {active.StartMonth} 起参保缴费，基数 {AddEmployeeRules.Money(active.BaseAmount)} 元/月"));
            var stop = form.Month("stopMonth");
            if (stop is not { } s) checks.Add(RuleCheck.Fail("填写停保年月", "停保（减员）须填写停保年月"));
            else if (active is not null && YearMonth.TryParse(active.StartMonth, out var start))
                checks.Add(RuleCheck.When(s >= start, "填写停保年月", $"停保年月 {s} 早于参保开始年月 {start}", s.ToString()));
            else checks.Add(RuleCheck.Pass("填写停保年月", s.ToString()));
            checks.Add(RuleCheck.When(form.Has("stopReason"), "填写停保原因", "停保（减员）须填写停保原因（如已由单位参保、本人申请停保等）"));
            return checks;
        }

        var month = form.Month("startMonth");
        checks.Add(RuleCheck.When(month is not null, "填写开始年月", "参保（增员）须填写开始缴费年月", month?.ToString()));
        var asOf = month ?? YearMonth.Of(context.Today);
        var bounds = BaseBounds.TryFor(new ParameterReader(await parameters.LoadAsync(ct)), asOf);
        var percent = form.Decimal("contributionBaseRatio");
        if (bounds is null) checks.Add(RuleCheck.Fail(BaseRule, BaseBounds.Missing(asOf)));
        else if (percent is not { } p) checks.Add(RuleCheck.Fail(BaseRule, $"请填写缴费基数档次（60–300，单位%）；允许的缴费基数为 {bounds.Describe(asOf)}"));
        else
        {
            var amount = bounds.AmountAt(p / 100m);
            var text = string.Create(CultureInfo.InvariantCulture, $"{p:0.##}% 即 {amount:0.00} 元/月");
            checks.Add(RuleCheck.When(p / 100m >= bounds.MinRatio && p / 100m <= bounds.MaxRatio, BaseRule,
                $"所选档次 {text}，超出允许范围：缴费基数应为 {bounds.Describe(asOf)}", $"{text}（允许 {bounds.Min:0.00}–{bounds.Max:0.00} 元/月）"));
        }

        var employed = await db.Set<EmployerRollEntry>().AsNoTracking()
            .Where(r => r.PersonId == context.PersonId && r.Status == RollStatuses.Active && r.Pension)
            .Join(db.Set<Employer>(), r => r.EmployerId, e => e.Id, (r, e) => new { e.Name, r.EffectiveMonth }).FirstOrDefaultAsync(ct);
        checks.Add(RuleCheck.When(employed is null, "未通过用人单位参加职工养老保险",
            $"该参保人自 {employed?.EffectiveMonth} 起由{employed?.Name}参加职工养老保险（在职参保），不能再以灵活就业身份参保"));
        checks.Add(RuleCheck.When(active is null, "未以灵活就业身份参保", $"该参保人已自 {active?.StartMonth} 起以灵活就业身份参保缴费，不能重复增员"));
        return checks;
    }

    public override async Task ApplyAsync(CaseContext context, CancellationToken ct)
    {
        var form = context.Form;
        var db = context.Db;
        var person = await EmployerChecks.PersonAsync(context, ct);
        if (form["declareType"] == "remove")
        {
            var active = await db.Set<FlexibleEnrolment>().SingleAsync(f => f.PersonId == person.Id && f.Status == FlexibleStatuses.Active, ct);
            var before = Snapshot(active);
            active.Status = FlexibleStatuses.Stopped;
            active.EndMonth = form.Month("stopMonth")!.Value.ToString();
            active.StopReason = form["stopReason"]?.Trim();
            active.StopCaseId = context.CaseId;
            active.StopCaseNumber = context.CaseNumber;
            active.UpdatedAt = context.Now;
            active.Version++;
            if (!await EmployerChecks.OtherPensionAsync(context, null, includeFlexible: false, ct))
                person.SetEmployeePensionStatus(EmployeePensionStatuses.Suspended, context.Now);
            PersonHistory.Record(db, person.Id, "flexible", $"灵活就业停保：{active.EndMonth} 起停止缴费（{active.StopReason}）",
                before, Snapshot(active), context.By, context.Now, context.CaseId, context.CaseNumber);
            return;
        }

        var month = form.Month("startMonth")!.Value;
        var ratio = form.Decimal("contributionBaseRatio")!.Value / 100m;
        var bounds = BaseBounds.For(new ParameterReader(await parameters.LoadAsync(ct)), month);
        var enrolment = new FlexibleEnrolment
        {
            Id = Guid.CreateVersion7(), PersonId = person.Id, BaseRatio = ratio, BaseAmount = bounds.AmountAt(ratio),
            StartMonth = month.ToString(), Status = FlexibleStatuses.Active, CaseId = context.CaseId, CaseNumber = context.CaseNumber,
            UpdatedAt = context.Now, Version = 1,
        };
        db.Add(enrolment);
        person.SetEmployeePensionStatus(EmployeePensionStatuses.Insured, context.Now);
        PersonHistory.Record(db, person.Id, "flexible",
            string.Create(CultureInfo.InvariantCulture, $"灵活就业参保：{enrolment.StartMonth} 起，缴费基数 {enrolment.BaseAmount:0.00} 元/月（{ratio * 100:0.##}%）"),
            null, Snapshot(enrolment), context.By, context.Now, context.CaseId, context.CaseNumber);
    }

    private static object Snapshot(FlexibleEnrolment f) => new
    {
        状态 = FlexibleStatuses.Label(f.Status), 缴费基数 = AddEmployeeRules.Money(f.BaseAmount),
        档次 = (f.BaseRatio * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%", 开始年月 = f.StartMonth, 停保年月 = f.EndMonth, 停保原因 = f.StopReason,
    };
}
