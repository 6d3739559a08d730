using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Core.Modules.Resident.Items;

/// <summary>
/// A1-12 待遇注销: death (family applies), settling abroad, joining 职保, other. Entitlement ends with the month
/// before the termination month (the death month on death); see <see cref="BenefitSettlement"/> for what is
/// recovered and refunded. A funeral grant is paid only where CJB.FUNERAL_GRANT is above 0 (open, domain.md §17).
/// </summary>
internal sealed class TerminateRules(ParameterStore parameters, ICryptoProvider crypto) : ResidentItemRules
{
    public override IReadOnlyCollection<string> ItemCodes => ["A1-12"];

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct);
        var reason = c.Form["terminationReason"];
        var month = c.Form.Month("terminationMonth");
        var checks = new List<RuleCheck>
        {
            RuleCheck.When(r.IsReceiving && r.Benefit is { Status: not BenefitStatuses.Terminated }, "正在领取或暂停领取待遇", $"系统中该人员为“{r.StatusLabel}”，没有可注销的待遇"),
        };
        if (reason == ResidentReasons.Death)
        {
            var death = c.Form.Date("deathDate");
            checks.Add(RuleCheck.When(death is { } d && d <= c.Today, "填写死亡日期", "死亡注销须填写死亡日期（不晚于今天）"));
            if (death is { } dd)
                checks.Add(RuleCheck.When(month == YearMonth.Of(dd).AddMonths(1), "终止年月为死亡次月", $"死亡日期为{dd:yyyy-MM-dd}，终止年月应为{YearMonth.Of(dd).AddMonths(1)}"));
            checks.Add(await ScannedAsync(c, "附死亡证明", "请扫描上传医学死亡证明、火化证明或户籍注销证明", ct, "DEATH_PROOF"));
            var heirId = c.Form["heirIdNumber"];
            checks.Add(RuleCheck.When(c.Form.Has("heirName") && heirId is not null && c.Form.Has("heirRelationship") && c.Form.Has("heirBankAccount"),
                "写明继承人姓名、身份证号码、关系和银行账号", "个人账户余额由继承人领取，请填写继承人姓名、身份证号码、与参保人关系和银行账号"));
            if (heirId is not null)
                checks.Add(RuleCheck.When(heirId != crypto.Decrypt(r.Person.IdNumberCipher), "继承人不是参保人本人", "继承人身份证号码与参保人相同"));
            checks.Add(await ScannedAsync(c, "附继承人身份证和亲属关系证明", "请扫描上传继承人居民身份证和亲属关系证明", ct, "HEIR_ID", "KINSHIP_PROOF"));
            var grant = await FuneralGrantAsync(c, ct);
            checks.Add(RuleCheck.Pass("丧葬补助金", grant > 0 ? $"按本地政策发放{Yuan(grant)}元" : "本地暂未设立城居保丧葬补助金（待确认）"));
        }
        else
        {
            checks.Add(RuleCheck.When(month is { } m && m <= YearMonth.Of(c.Today).AddMonths(1), "终止年月不晚于下月", "请填写终止年月（不晚于下月）"));
        }
        if (reason == ResidentReasons.JoinedEmployeePension)
            checks.Add(await ScannedAsync(c, "附领取职保待遇的证明", "参加职保注销须上传领取企业职工基本养老保险待遇的证明", ct, "OTHER_BENEFIT_PROOF"));
        if (r.Benefit is { } b && month is { } last && checks.All(x => x.Passed))
        {
            var s = BenefitSettlement.Compute(b, last.AddMonths(-1));
            checks.Add(RuleCheck.Pass("结算", $"多发待遇{s.OverpaidMonths}个月共{Yuan(s.Overpayment)}元应追回（从账户余额中扣回{Yuan(s.Deducted)}元，另需追回{Yuan(s.StillToRecover)}元）；个人账户余额{Yuan(s.AccountLeft)}元，扣回后退还{Yuan(s.Refund)}元"));
        }
        return checks;
    }

    private async Task<decimal> FuneralGrantAsync(CaseContext c, CancellationToken ct)
    {
        var reader = await ParametersAsync(c, parameters, ct);
        return reader.TryRow("CJB.FUNERAL_GRANT", c.Today) is { } row ? ParameterReader.AsDecimal(row) : 0m;
    }

    public override async Task ApplyAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct, forUpdate: true);
        var b = r.Benefit!;
        var reason = c.Form["terminationReason"]!;
        var month = c.Form.Month("terminationMonth")!.Value;
        var settlement = BenefitSettlement.Compute(b, month.AddMonths(-1));
        var before = new { 状态 = BenefitStatuses.Label(b.Status), 月养老金 = b.Monthly, 已发至 = b.PaidThroughMonth };
        b.Status = BenefitStatuses.Terminated;
        b.TerminationReason = reason;
        b.TerminationMonth = month.ToString();
        b.DeathDate = reason == ResidentReasons.Death ? c.Form.Date("deathDate") : null;
        b.Overpayment = settlement.Overpayment;
        b.OverpaymentDeducted = settlement.Deducted;
        b.Refund = settlement.Refund;
        b.FuneralGrant = reason == ResidentReasons.Death ? await FuneralGrantAsync(c, ct) : 0;
        if (c.Form["heirIdNumber"] is { } heirId)
        {
            b.HeirName = c.Form["heirName"];
            b.HeirIdCipher = crypto.Encrypt(heirId);
            b.HeirIdMasked = Masking.IdNumber(heirId);
            b.HeirRelationship = c.Form["heirRelationship"];
            var account = c.Form["heirBankAccount"]!;
            b.HeirAccountCipher = crypto.Encrypt(account);
            b.HeirAccountMasked = Masking.BankAccount(account);
        }
        b.UpdatedAt = c.Now;
        History(c, "resident.benefit.end", $"待遇注销（{ResidentReasons.Label(reason)}），终止年月{b.TerminationMonth}", before,
            new { 状态 = BenefitStatuses.Label(b.Status), 死亡日期 = b.DeathDate?.ToString("yyyy-MM-dd"), 多发待遇 = b.Overpayment, 账户扣回 = b.OverpaymentDeducted, 另需追回 = settlement.StillToRecover, 退还金额 = b.Refund, 继承人 = b.HeirName, 丧葬补助金 = b.FuneralGrant });
        SetStatus(c, r, ResidentInsuredStatuses.Terminated, ResidentPaymentStatuses.Receiving, "待遇注销：终止参保");
    }
}
