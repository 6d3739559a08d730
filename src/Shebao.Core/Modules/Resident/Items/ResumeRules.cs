using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;

namespace Shebao.Core.Modules.Resident.Items;

/// <summary>
/// A1-11 待遇恢复: a paused benefit resumes. Paused for not certifying → back-pay from the pause month; paused for
/// imprisonment → no back-pay for the prison period (domain.md §5.1, 待确认).
/// </summary>
internal sealed class ResumeRules : ResidentItemRules
{
    public override IReadOnlyCollection<string> ItemCodes => ["A1-11"];

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct);
        var b = r.Benefit;
        var paused = b is { Status: BenefitStatuses.Paused } && r.InsuredStatus == ResidentInsuredStatuses.Suspended;
        if (!paused) return [RuleCheck.Fail("待遇处于暂停发放状态", $"系统中该人员为“{r.StatusLabel}”，没有暂停的待遇可以恢复")];
        var reason = c.Form["resumeReason"];
        var month = c.Form.Month("resumeMonth");
        var pausedFrom = YearMonth.TryParse(b!.PauseMonth, out var p) ? p : YearMonth.Of(c.Today);
        return
        [
            RuleCheck.Pass("待遇处于暂停发放状态", $"自{b.PauseMonth}起暂停，原因：{ResidentReasons.Label(b.PauseReason)}"),
            RuleCheck.When(reason == b.PauseReason, "恢复原因与暂停原因一致", $"暂停原因为{ResidentReasons.Label(b.PauseReason)}，请选择对应的恢复原因"),
            RuleCheck.When(month is { } m && m >= pausedFrom && m <= YearMonth.Of(c.Today).AddMonths(1), "恢复年月不早于暂停年月、不晚于下月", $"恢复年月应在{b.PauseMonth}至下月之间"),
            RuleCheck.When(!(b.PauseReason == ResidentReasons.Imprisoned && c.Form.Bool("backPay") == true), "收监执行期间不补发", "因被判刑收监执行暂停的，收监期间的待遇不予补发，请选择“否”"),
        ];
    }

    public override async Task ApplyAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct, forUpdate: true);
        var b = r.Benefit!;
        var month = c.Form.Month("resumeMonth")!.Value;
        var pausedFrom = YearMonth.TryParse(b.PauseMonth, out var p) ? p : month;
        var months = c.Form.Bool("backPay") == true && b.PauseReason != ResidentReasons.Imprisoned ? Math.Max(0, YearMonth.MonthsBetween(pausedFrom, month)) : 0;
        var before = new { 状态 = BenefitStatuses.Label(b.Status), 暂停年月 = b.PauseMonth, 暂停原因 = ResidentReasons.Label(b.PauseReason) };
        b.Status = BenefitStatuses.Normal;
        b.ResumedMonth = month.ToString();
        b.BackPayMonths = months;
        b.BackPayAmount = months * b.Monthly;
        b.UpdatedAt = c.Now;
        History(c, "resident.benefit.resume", months > 0 ? $"待遇恢复：自{month}起，补发{months}个月{Yuan(b.BackPayAmount)}元" : $"待遇恢复：自{month}起，不补发", before,
            new { 状态 = BenefitStatuses.Label(b.Status), 恢复年月 = b.ResumedMonth, 补发月数 = months, 补发金额 = b.BackPayAmount });
        SetStatus(c, r, ResidentInsuredStatuses.Insured, ResidentPaymentStatuses.Receiving, "待遇恢复：正常待遇");
    }
}
