using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Certification;

/// <summary>
/// The only code that changes a benefit's state and certification: each change writes the person's history in the
/// same unit of work. Callers save.
/// </summary>
internal static class BenefitLedger
{
    public sealed record Certified(DateOnly On, string? Method, string? Place);

    public static void Certify(AppDbContext db, Beneficiary b, Certified c, string by, DateTime now, Guid? caseId, string? caseNumber)
    {
        var before = new { lastCertifiedOn = b.LastCertifiedOn?.ToString("yyyy-MM-dd"), nextDueMonth = b.NextDueMonth };
        b.LastCertifiedOn = c.On;
        b.LastMethod = c.Method;
        b.LastPlace = c.Place;
        b.NextDueMonth = CertificationCycle.NextDueMonth(c.On).ToString();
        Touch(b, now);
        PersonHistory.Record(db, b.PersonId, "certification", $"{Schemes.Label(b.Scheme)}待遇资格认证（{CertificationMethods.Label(c.Method)}），下次认证 {b.NextDueMonth}",
            before, new { lastCertifiedOn = c.On.ToString("yyyy-MM-dd"), nextDueMonth = b.NextDueMonth }, by, now, caseId, caseNumber);
    }

    public static void Pause(AppDbContext db, Beneficiary b, YearMonth from, string reason, string? remarks, string by, DateTime now, Guid? caseId, string? caseNumber)
    {
        b.Status = BenefitStatuses.Paused;
        b.PausedFrom = from.ToString();
        b.PauseReason = reason;
        Touch(b, now);
        db.Add(new BenefitPause
        {
            BeneficiaryId = b.Id, PersonId = b.PersonId, FromMonth = from.ToString(), Reason = reason, Remarks = remarks,
            PausedBy = by, PausedAt = now, CaseNumber = caseNumber,
        });
        PersonHistory.Record(db, b.PersonId, "benefit-pause", $"{Schemes.Label(b.Scheme)}待遇自 {from} 暂停：{PauseReasons.Label(reason)}",
            new { status = BenefitStatuses.Active }, new { status = BenefitStatuses.Paused, pausedFrom = from.ToString(), reason }, by, now, caseId, caseNumber);
    }

    /// <summary>Lifts a pause from <paramref name="month"/>, recording the back-pay for the paused months.</summary>
    public static (int Months, decimal Amount) Resume(AppDbContext db, Beneficiary b, BenefitPause? open, YearMonth month, string by, DateTime now, Guid? caseId, string? caseNumber)
    {
        var pausedFrom = CertificationCycle.Month(b.PausedFrom ?? month.ToString());
        var back = CertificationCycle.BackPay(pausedFrom, month, b.MonthlyAmount);
        if (open is not null)
        {
            open.ResumedMonth = month.ToString();
            open.BackPayMonths = back.Months;
            open.BackPayAmount = back.Amount;
            open.ResumedBy = by;
        }
        var before = new { status = b.Status, pausedFrom = b.PausedFrom, reason = b.PauseReason };
        b.Status = BenefitStatuses.Active;
        b.PausedFrom = null;
        b.PauseReason = null;
        Touch(b, now);
        PersonHistory.Record(db, b.PersonId, "benefit-resume", $"{Schemes.Label(b.Scheme)}待遇自 {month} 恢复发放，补发{back.Months}个月 ¥{back.Amount:N2}",
            before, new { status = BenefitStatuses.Active, resumedMonth = month.ToString(), backPayMonths = back.Months, backPayAmount = back.Amount }, by, now, caseId, caseNumber);
        return back;
    }

    public static void Terminate(AppDbContext db, Beneficiary b, YearMonth from, string summary, string by, DateTime now)
    {
        var before = new { status = b.Status };
        b.Status = BenefitStatuses.Terminated;
        b.TerminatedFrom = from.ToString();
        Touch(b, now);
        PersonHistory.Record(db, b.PersonId, "benefit-terminate", summary, before, new { status = BenefitStatuses.Terminated, terminatedFrom = from.ToString() }, by, now);
    }

    private static void Touch(Beneficiary b, DateTime now)
    {
        b.UpdatedAt = now;
        b.Version++;
    }
}
