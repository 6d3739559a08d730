using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Cases;

namespace Shebao.Core.Modules.Certification;

/// <summary>A1-02 (养老) and A1-14 (工伤): the person must be on the centre's list; approval renews the 12-month cycle and lifts a non-certification pause with back-pay.</summary>
internal sealed class CertificationRules : CaseItemRules
{
    public override IReadOnlyCollection<string> ItemCodes { get; } = ["A1-02", "A1-14"];

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext c, CancellationToken ct)
    {
        var scheme = Schemes.OfItem(c.ItemCode)!;
        var b = await Find(c, scheme, ct);
        var checks = new List<RuleCheck>
        {
            RuleCheck.When(b is not null, $"认证对象须在{Schemes.Label(scheme)}待遇领取名单中", "该人员不在中心导入的待遇领取人员名单中，请与中心核实"),
        };
        if (b is null) return checks;
        checks.Add(RuleCheck.When(b.Status != BenefitStatuses.Terminated, "待遇未终止（已终止的无需认证）", $"待遇已自 {b.TerminatedFrom} 终止"));
        var on = c.Form.Date("certifiedAt");
        if (on is { } date)
        {
            checks.Add(RuleCheck.When(date <= c.Today, "认证时间不能晚于今天", $"认证时间 {date:yyyy-MM-dd} 晚于今天"));
            checks.Add(RuleCheck.When(b.LastCertifiedOn is null || date >= b.LastCertifiedOn, "认证时间不能早于上次认证",
                $"上次认证为 {b.LastCertifiedOn:yyyy-MM-dd}", $"下次认证年月将为 {CertificationCycle.NextDueMonth(date)}"));
        }
        if (c.ItemCode == "A1-14" && (c.Form["subjectType"] == SubjectTypes.Dependant || b.SubjectType == SubjectTypes.Dependant))
        {
            checks.Add(RuleCheck.When(c.Form.Has("deceasedWorkerName") && c.Form.Has("relationship"), "供养亲属认证须填写关联工亡职工及与其关系",
                "请填写关联工亡职工姓名和与工亡职工关系", $"{c.Form["deceasedWorkerName"]}（{c.Form["relationship"]}）"));
        }
        if (b.Status == BenefitStatuses.Paused && on is { } when)
        {
            if (b.PauseReason == PauseReasons.Imprisoned)
                checks.Add(RuleCheck.Pass("收监暂停不因认证恢复", $"待遇自 {b.PausedFrom} 因收监执行暂停，刑满释放后另行申请恢复"));
            else
            {
                var back = CertificationCycle.BackPay(CertificationCycle.Month(b.PausedFrom!), YearMonth.Of(when), b.MonthlyAmount);
                checks.Add(RuleCheck.Pass("认证通过后恢复发放并补发暂停期间待遇", $"自 {YearMonth.Of(when)} 恢复，补发{back.Months}个月，共 ¥{back.Amount:N2}"));
            }
        }
        return checks;
    }

    public override async Task ApplyAsync(CaseContext c, CancellationToken ct)
    {
        var b = await Find(c, Schemes.OfItem(c.ItemCode)!, ct) ?? throw new InvalidOperationException("Checked before approval");
        var on = c.Form.Date("certifiedAt") ?? c.Today;
        var place = string.Join("：", new[] { PlaceLabel(c.Form["certificationPlace"]), c.Form["remarks"] }.Where(x => !string.IsNullOrWhiteSpace(x)));
        BenefitLedger.Certify(c.Db, b, new BenefitLedger.Certified(on, c.Form["certificationMethod"], place.Length > 100 ? place[..100] : place), c.By, c.Now, c.CaseId, c.CaseNumber);
        if (c.ItemCode == "A1-14" && c.Form.Has("deceasedWorkerName"))
        {
            b.DeceasedWorkerName = c.Form["deceasedWorkerName"];
            b.Relationship = c.Form["relationship"];
        }
        if (b.Status == BenefitStatuses.Paused && b.PauseReason != PauseReasons.Imprisoned)
        {
            var open = await c.Db.Set<BenefitPause>().Where(p => p.BeneficiaryId == b.Id && p.ResumedMonth == null).OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);
            BenefitLedger.Resume(c.Db, b, open, YearMonth.Of(on), c.By, c.Now, c.CaseId, c.CaseNumber);
        }
    }

    public static string? PlaceLabel(string? code) => code switch { "village" => "村（社区）", "township" => "乡镇（街道）", "district" => "区经办机构", "home" => "家中（上门）", _ => code };

    private static Task<Beneficiary?> Find(CaseContext c, string scheme, CancellationToken ct) =>
        c.Db.Set<Beneficiary>().SingleOrDefaultAsync(b => b.PersonId == c.PersonId && b.Scheme == scheme, ct);
}

/// <summary>A2-10 暂停养老保险待遇申请: an active 企业职工 benefit is paused from the month asked, on approval.</summary>
internal sealed class SuspensionRules : CaseItemRules
{
    public override IReadOnlyCollection<string> ItemCodes { get; } = ["A2-10"];

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext c, CancellationToken ct)
    {
        var b = await c.Db.Set<Beneficiary>().SingleOrDefaultAsync(x => x.PersonId == c.PersonId && x.Scheme == Schemes.EmployeePension, ct);
        var checks = new List<RuleCheck>
        {
            RuleCheck.When(b is not null, "须为企业职工养老保险待遇领取人员", "该人员不在养老中心的待遇领取名单中"),
        };
        if (b is null) return checks;
        checks.Add(RuleCheck.When(b.Status == BenefitStatuses.Active, "待遇须为正常发放状态",
            b.Status == BenefitStatuses.Paused ? $"待遇已自 {b.PausedFrom} 暂停（{PauseReasons.Label(b.PauseReason)}）" : $"待遇已自 {b.TerminatedFrom} 终止"));
        if (c.Form.Month("pauseMonth") is { } month && b.LastCertifiedOn is { } last)
            checks.Add(RuleCheck.When(month >= YearMonth.Of(last), "暂停年月不能早于最近一次认证年月", $"最近一次认证为 {last:yyyy-MM}"));
        return checks;
    }

    public override async Task ApplyAsync(CaseContext c, CancellationToken ct)
    {
        var b = await c.Db.Set<Beneficiary>().SingleAsync(x => x.PersonId == c.PersonId && x.Scheme == Schemes.EmployeePension, ct);
        BenefitLedger.Pause(c.Db, b, c.Form.Month("pauseMonth") ?? YearMonth.Of(c.Today), c.Form["pauseReason"] ?? PauseReasons.Other, c.Form["remarks"], c.By, c.Now, c.CaseId, c.CaseNumber);
    }
}
