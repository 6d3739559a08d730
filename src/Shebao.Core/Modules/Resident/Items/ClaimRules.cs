using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Money;

namespace Shebao.Core.Modules.Resident.Items;

/// <summary>
/// A1-10 待遇申领 (待遇核定): at 60, with 15 years paid (or the transitional rule) and nothing owed, the monthly
/// pension starts. The amount is the calculator's (<see cref="ResidentPension"/>) on the account balance.
/// </summary>
internal sealed class ClaimRules(ParameterStore parameters, ICryptoProvider crypto) : ResidentItemRules
{
    public override IReadOnlyCollection<string> ItemCodes => ["A1-10"];

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct);
        var start = c.Form.Month("benefitStartMonth");
        var firstMonth = r.Age60.AddMonths(1);
        var unpaid = r.UnpaidYears(c.Today);
        var pending = r.Pending.ToList();
        var backPayments = r.Contributions.Where(x => x.Kind == ContributionKinds.BackPayment).ToList();
        var yearsOwed = Math.Max(0, r.Age60.Year - r.FirstOwedYear);
        var transitional = yearsOwed < 15 && unpaid.Count == 0 && pending.Count == 0 && r.IsEnrolled;
        var checks = new List<RuleCheck>
        {
            RuleCheck.When(start is { } s && s >= firstMonth, "年满60周岁的次月起领取", $"申请人{r.Age60}年满60周岁，领取起始年月应为{firstMonth}及以后"),
            RuleCheck.When(start is { } s2 && s2 <= YearMonth.Of(c.Today).AddMonths(1), "领取起始年月不晚于下月", "领取起始年月最晚为下月"),
            RuleCheck.When(r.IsEnrolled && r.PaymentStatus != ResidentPaymentStatuses.Receiving, "已参保且尚未领取待遇", $"系统中该人员为“{r.StatusLabel}”"),
            r.YearsPaid >= 15
                ? RuleCheck.Pass("累计缴费满15年", $"已缴{r.YearsPaid}年")
                : RuleCheck.When(transitional, "累计缴费满15年或符合过渡规定",
                    $"已缴{r.YearsPaid}年，不足15年；参保时距60周岁{yearsOwed}年{(yearsOwed < 15 ? "，但参保以来未逐年足额缴费" : "")}，请补缴（A1-06）",
                    $"已缴{r.YearsPaid}年；参保时距60周岁不足15年且逐年缴费，按过渡规定可领取"),
            RuleCheck.When(unpaid.Count == 0, "无欠费", $"欠费年度：{string.Join("、", unpaid.Select(y => $"{y}年"))}，请先补缴（A1-06）"),
            RuleCheck.When(pending.Count == 0, "申报的保费均已到账", $"以下保费尚未到账：{string.Join("、", pending.Select(p => $"{p.Year}年{ContributionKinds.Label(p.Kind)}"))}，到账后方可申领"),
            RuleCheck.When(c.Form.Bool("hasBackPayment") == (backPayments.Count > 0), "有无补缴保费与系统记录一致",
                backPayments.Count > 0 ? $"系统有补缴记录（{Describe(backPayments)}），申请表填写“无”" : "系统没有补缴记录，申请表填写“有”",
                backPayments.Count > 0 ? $"补缴及到账时间：{Describe(backPayments)}" : "无补缴"),
            RuleCheck.When(r.Person.EmployeePensionStatus is not (EmployeePensionStatuses.Receiving or EmployeePensionStatuses.BenefitSuspended) && c.Form.Bool("receivingOtherPension") == false, "未领取企业职工基本养老保险等其他基本养老保险待遇",
                "已领取职保等其他基本养老保险待遇的，不能再领取城居保待遇"),
        };
        return checks;
    }

    private static string Describe(IEnumerable<ResidentContribution> backPayments) =>
        string.Join("、", backPayments.Select(b => $"{b.Year}年补缴{(b.ReceivedOn is { } d ? $" {d:yyyy-MM-dd}到账" : " 未到账")}"));

    /// <summary>The amount as the calculator gives it for the record at the start month, with the parameter versions used.</summary>
    public static ResidentPensionResult Amount(ResidentRecord r, YearMonth start, ParameterReader reader) =>
        ResidentPension.Estimate(new ResidentPensionInput(r.Person.BirthDate, r.YearsPaid, r.Account?.Balance ?? 0, r.Enrolment?.Grade ?? 0, 0, r.Person.SpecialIdentity, start.FirstDay), reader);

    /// <summary>A normal benefit from the calculator's result: every part, the divisor and the parameter versions used.</summary>
    public static ResidentBenefit NewBenefit(ResidentRecord r, YearMonth start, ResidentPensionResult amount, DateTime now)
    {
        decimal Part(string label) => amount.BasicParts.Where(p => p.Label == label).Sum(p => p.Amount.Yuan);
        return new ResidentBenefit
        {
            PersonId = r.Person.Id, StartMonth = start.ToString(), BasicCentral = amount.BasicParts[0].Amount.Yuan,
            BasicProvincial = Part("省级基础养老金"), BasicCity = Part("市级基础养老金"), BasicCounty = Part("区级基础养老金"), BasicBonus = Part("长缴多得加发"),
            AccountPension = amount.AccountPension.Yuan, Monthly = amount.MonthlyTotal.Yuan, AccountBalanceAtStart = amount.AccountBalanceAt60.Yuan,
            Divisor = amount.Divisor, YearsPaid = r.YearsPaid,
            ParametersUsed = string.Join(",", amount.Parameters.Select(p => $"{p.Code}@{p.ValidFrom:yyyy-MM-dd}{(p.ToConfirm ? "(待确认)" : "")}")),
            Status = BenefitStatuses.Normal, UpdatedAt = now,
        };
    }

    public override async Task ApplyAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct, forUpdate: true);
        var reader = await ParametersAsync(c, parameters, ct);
        AccountLedger.Rebuild(r, reader, c.Today, c.Now, c.Db);
        var start = c.Form.Month("benefitStartMonth")!.Value;
        var amount = Amount(r, start, reader);
        var account = c.Form["paymentAccount"];
        if (r.Benefit is { } old) c.Db.Remove(old);
        var b = NewBenefit(r, start, amount, c.Now);
        b.PaymentAccountCipher = account is null ? null : crypto.Encrypt(account);
        b.PaymentAccountMasked = account is null ? null : Persons.Masking.BankAccount(account);
        b.CaseId = c.CaseId;
        c.Db.Add(b);
        r.Benefit = b;
        History(c, "resident.benefit.start", $"待遇核定：自{b.StartMonth}起每月{Yuan(b.Monthly)}元", null,
            new { 起始年月 = b.StartMonth, 基础养老金 = b.BasicCentral + b.BasicProvincial + b.BasicCity + b.BasicCounty + b.BasicBonus, 个人账户养老金 = b.AccountPension, 月养老金 = b.Monthly, 账户余额 = b.AccountBalanceAtStart, 计发月数 = b.Divisor });
        SetStatus(c, r, ResidentInsuredStatuses.Insured, ResidentPaymentStatuses.Receiving, "待遇申领核定：正常待遇");
    }
}
