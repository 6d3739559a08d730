using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;

namespace Shebao.Core.Modules.Resident.Items;

/// <summary>A1-09 中断缴费: a paying member stops for now (aac008 = 2, aac031 = 2, reason 6399); paying again resumes.</summary>
internal sealed class InterruptRules : ResidentItemRules
{
    public override IReadOnlyCollection<string> ItemCodes => ["A1-09"];

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct);
        var from = c.Form.Month("interruptFromMonth");
        var checks = new List<RuleCheck> { RuleCheck.When(r.IsPaying, "参保且正常缴费", $"系统中该人员为“{r.StatusLabel}”，只有正常缴费人员可以中断缴费") };
        if (r.Enrolment is { } e)
            checks.Add(RuleCheck.When(from is { } m && string.CompareOrdinal(m.ToString(), e.EnrolledMonth) >= 0, "中断起始年月不早于参保年月", $"参保年月为{e.EnrolledMonth}，中断起始年月不能早于它"));
        return checks;
    }

    public override async Task ApplyAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct, forUpdate: true);
        var e = r.Enrolment!;
        e.InterruptReason = ResidentReasons.OtherInterruption;
        e.InterruptMonth = c.Form["interruptFromMonth"];
        e.InterruptRemark = c.Form["interruptReason"];
        e.UpdatedAt = c.Now;
        SetStatus(c, r, ResidentInsuredStatuses.Suspended, ResidentPaymentStatuses.Suspended, $"中断缴费（{ResidentReasons.Label(ResidentReasons.OtherInterruption)}），自{e.InterruptMonth}起：{e.InterruptRemark}");
    }
}
