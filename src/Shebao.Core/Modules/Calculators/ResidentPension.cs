using Shebao.Core.Modules.Parameters;
using Shebao.Core.Platform.Money;

namespace Shebao.Core.Modules.Calculators;

public sealed record ResidentPensionInput(DateOnly BirthDate, int YearsPaid, decimal CurrentBalance, decimal PlannedGrade, int PlannedYears, string SpecialIdentity, DateOnly AsOf);

public sealed record AmountPart(string Label, Money Amount, bool ToConfirm = false);

public sealed record ResidentYear(int Year, Money Personal, Money Subsidy, Money GovernmentPaid, decimal Rate, bool RateProjected, Money Interest, Money ClosingBalance, bool BackPayment);

public sealed record ResidentPensionResult(
    ResidentPensionInput Input, DateOnly Age60Date, int TotalYears, bool Eligible, Money AccountBalanceAt60, IReadOnlyList<AmountPart> BalanceParts,
    IReadOnlyList<AmountPart> BasicParts, Money BasicPension, decimal Divisor, Money AccountPension, Money MonthlyTotal,
    IReadOnlyList<ResidentYear> Years, IReadOnlyList<string> Notes, IReadOnlyList<UsedParameter> Parameters);

/// <summary>
/// 城居保 estimate (A1-13, domain.md §6.2). Contributions are credited at the end of each year and earn
/// interest from the next; the yearly rate is the published one, or the latest published for future years.
/// 补缴 years (beyond the years left to 60) are paid now, without subsidy (Anhui rule 待确认).
/// </summary>
public static class ResidentPension
{
    private sealed record SubsidyRule(IReadOnlyList<SubsidyTier> Tiers);

    private sealed record SubsidyTier(decimal MinGrade, decimal Amount);

    private sealed record GovPaidRule(decimal MinimumGrade, IReadOnlyList<string> FullFor);

    public static int YearsTo60(DateOnly birthDate, DateOnly asOf) => Math.Max(0, birthDate.AddYears(60).Year - asOf.Year);

    /// <summary>Pay every year up to 60; with fewer than 15 years left, 补缴 up to 15 in total.</summary>
    public static int MaxPlannedYears(DateOnly birthDate, int yearsPaid, DateOnly asOf) =>
        Math.Max(YearsTo60(birthDate, asOf), Math.Max(0, 15 - yearsPaid));

    public static IReadOnlyList<decimal> Grades(ParameterReader parameters, DateOnly date) => parameters.Json<List<decimal>>("CJB.GRADES", date);

    public static ResidentPensionResult Estimate(ResidentPensionInput input, ParameterReader parameters)
    {
        var age60 = input.BirthDate.AddYears(60);
        var subsidyRule = parameters.Json<SubsidyRule>("CJB.SUBSIDY", input.AsOf);
        var govRule = parameters.Json<GovPaidRule>("CJB.GOVPAID", input.AsOf);
        var subsidy = subsidyRule.Tiers.Where(t => input.PlannedGrade >= t.MinGrade).Select(t => t.Amount).DefaultIfEmpty(0).Max();
        var governmentPaid = govRule.FullFor.Contains(input.SpecialIdentity) ? Math.Min(govRule.MinimumGrade, input.PlannedGrade) : 0m;
        var personal = input.PlannedGrade - governmentPaid;
        var notes = new List<string>();

        var yearsTo60 = YearsTo60(input.BirthDate, input.AsOf);
        var regularYears = Math.Min(input.PlannedYears, yearsTo60);
        var backYears = input.PlannedYears - regularYears;
        var balance = input.CurrentBalance;
        decimal personalTotal = 0, subsidyTotal = 0, govTotal = 0, interestTotal = 0;
        var years = new List<ResidentYear>();
        var projectedRate = false;
        var lastYear = Math.Max(input.AsOf.Year, age60.Year - 1);
        for (var year = input.AsOf.Year; year <= lastYear && year < age60.Year; year++)
        {
            var (rateRow, projected) = parameters.RowOrLatest("CJB.ACCOUNT_RATE", new DateOnly(year, 7, 1));
            var rate = ParameterReader.AsDecimal(rateRow);
            projectedRate |= projected;
            var interest = balance * rate;
            var paysThisYear = year - input.AsOf.Year < regularYears;
            var isFirst = year == input.AsOf.Year;
            decimal yPersonal = 0, ySubsidy = 0, yGov = 0;
            if (paysThisYear)
            {
                yPersonal = personal;
                ySubsidy = subsidy;
                yGov = governmentPaid;
            }
            if (isFirst && backYears > 0)
            {
                // 补缴: the whole grade from the person, no subsidy.
                yPersonal += input.PlannedGrade * backYears;
            }
            balance += interest + yPersonal + ySubsidy + yGov;
            personalTotal += yPersonal;
            subsidyTotal += ySubsidy;
            govTotal += yGov;
            interestTotal += interest;
            years.Add(new ResidentYear(year, Money.FromYuan(yPersonal), Money.FromYuan(ySubsidy), Money.FromYuan(yGov), rate, projected, Money.FromYuan(interest), Money.FromYuan(balance), isFirst && backYears > 0));
        }
        if (years.Count == 0 && backYears > 0)
        {
            balance += input.PlannedGrade * backYears;
            personalTotal += input.PlannedGrade * backYears;
        }

        var accountBalance = Money.FromYuan(balance);
        var opening = Money.FromYuan(input.CurrentBalance);
        var personalM = Money.FromYuan(personalTotal);
        var subsidyM = Money.FromYuan(subsidyTotal);
        var govM = Money.FromYuan(govTotal);
        // Interest takes the rounding remainder, so the parts always add up to the balance.
        var interestM = accountBalance - opening - personalM - subsidyM - govM;
        var balanceParts = new List<AmountPart>
        {
            new("已有个人账户余额", opening),
            new("个人缴费", personalM),
            new("缴费补贴（政府）", subsidyM, parameters.Used.Any(u => u.Code == "CJB.SUBSIDY" && u.ToConfirm)),
            new("政府代缴", govM, governmentPaid > 0),
            new("利息", interestM, true),
        };

        // Someone already past 60 is estimated with today's standards.
        var benefitDate = input.AsOf > age60 ? input.AsOf : age60;
        var divisor = parameters.Decimal("CJB.ACCOUNT_DIVISOR", benefitDate);
        var accountPension = Money.FromYuan(accountBalance.Yuan / divisor);
        var (central, centralProjected) = parameters.RowOrLatest("CJB.BASIC.CENTRAL", benefitDate);
        var basicParts = new List<AmountPart> { new("基础养老金（中央确定的最低标准）", Money.FromYuan(ParameterReader.AsDecimal(central)), central.ToConfirm) };
        foreach (var (code, label) in new[] { ("CJB.BASIC.PROV", "省级基础养老金"), ("CJB.BASIC.CITY", "市级基础养老金"), ("CJB.BASIC.COUNTY", "区级基础养老金"), ("CJB.BASIC.BONUS", "长缴多得加发") })
        {
            if (parameters.TryRow(code, benefitDate) is { } row) basicParts.Add(new(label, Money.FromYuan(ParameterReader.AsDecimal(row)), row.ToConfirm));
        }
        if (basicParts.Skip(1).Any(p => p.Amount == Money.Zero && p.ToConfirm))
            notes.Add("安徽省、六安市、叶集区的基础养老金加发标准及长缴多得标准尚未录入，暂按0元计（待确认）。");
        var basic = Money.Sum(basicParts.Select(p => p.Amount));

        var totalYears = input.YearsPaid + input.PlannedYears;
        var eligible = totalYears >= 15;
        if (!eligible) notes.Add($"累计缴费{totalYears}年，不足15年：年满60周岁时不能按月领取养老金，需补缴至满15年。");
        if (yearsTo60 < 15 && input.YearsPaid + yearsTo60 < 15) notes.Add($"距60周岁不足15年：应逐年缴费，并可补缴，累计不超过15年（补缴{backYears}年，按无补贴测算，待确认）。");
        if (input.AsOf >= age60) notes.Add("已年满60周岁：测算结果为按当前账户余额计算的待遇，请办理待遇申领（A1-10）。");
        if (projectedRate) notes.Add("未来年度记账利率按最近一次公布的利率预估。");
        if (centralProjected) notes.Add("60周岁时的基础养老金按当前标准预估。");
        if (governmentPaid > 0) notes.Add($"参保身份享受政府代缴最低档次{governmentPaid:0}元/年（待确认）。");
        if (parameters.AnyToConfirm) notes.Add("本测算使用了标注“待确认”的参数，结果仅供参考。");

        return new ResidentPensionResult(input, age60, totalYears, eligible, accountBalance, balanceParts, basicParts, basic, divisor, accountPension,
            basic + accountPension, years, notes, parameters.Used);
    }
}
