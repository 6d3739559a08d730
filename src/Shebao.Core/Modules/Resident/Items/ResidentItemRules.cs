using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;

namespace Shebao.Core.Modules.Resident.Items;

/// <summary>Shared footing of the 居保中心 items: the person's record, attachments, grades and the history row.</summary>
internal abstract class ResidentItemRules : CaseItemRules
{
    protected static async Task<ResidentRecord> RecordAsync(CaseContext c, CancellationToken ct, bool forUpdate = false) =>
        await ResidentRecord.LoadAsync(c.Db, c.PersonId, ct, forUpdate) ?? throw new InvalidOperationException("The case's person is gone.");

    /// <summary>Whether the material was scanned onto the case (a case not yet created has none).</summary>
    protected static async Task<bool> AttachedAsync(CaseContext c, string materialCode, CancellationToken ct) =>
        c.CaseId is { } id && await c.Db.Set<CaseAttachment>().AnyAsync(a => a.CaseId == id && a.MaterialCode == materialCode, ct);

    /// <summary>The rule that the materials are scanned onto the case, marked as a material rule.</summary>
    protected static async Task<RuleCheck> ScannedAsync(CaseContext c, string rule, string failure, CancellationToken ct, params string[] materialCodes)
    {
        var all = true;
        foreach (var code in materialCodes) all &= await AttachedAsync(c, code, ct);
        return RuleCheck.When(all, rule, failure) with { IsMaterial = true };
    }

    protected static async Task<ParameterReader> ParametersAsync(CaseContext c, ParameterStore store, CancellationToken ct) => new(await store.LoadAsync(ct));

    protected static string Yuan(decimal amount) => amount.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    protected static void History(CaseContext c, string kind, string summary, object? before, object? after) =>
        PersonHistory.Record(c.Db, c.PersonId, kind, summary, before, after, c.By, c.Now, c.CaseId, c.CaseNumber);

    /// <summary>Moves the 参保状态/缴费状态 pair and records it.</summary>
    protected static void SetStatus(CaseContext c, ResidentRecord r, string insured, string? payment, string summary)
    {
        var before = new { 参保状态 = r.Person.ResidentInsuredStatus, 缴费状态 = r.Person.ResidentPaymentStatus, 居保状态 = r.StatusLabel };
        r.Person.SetResidentStatus(insured, payment, c.Now);
        History(c, "resident.status", summary, before, new { 参保状态 = insured, 缴费状态 = payment, 居保状态 = ResidentStatus.Label(insured, payment) });
    }

    protected static RuleCheck Enrolled(ResidentRecord r) =>
        RuleCheck.When(r.IsEnrolled, "已参加城乡居民养老保险", $"系统中该人员为“{r.StatusLabel}”，请先办理参保登记（A1-03）");

    protected static RuleCheck NotReceiving(ResidentRecord r) =>
        RuleCheck.When(!r.IsReceiving && r.InsuredStatus != ResidentInsuredStatuses.Terminated, "未领取城乡居民养老保险待遇", $"系统中该人员为“{r.StatusLabel}”");
}
