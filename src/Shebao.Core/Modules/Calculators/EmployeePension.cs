using System.Globalization;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Platform.Money;

namespace Shebao.Core.Modules.Calculators;

public sealed record YearlyBase(int Year, decimal MonthlyBase);

/// <summary>
/// Inputs of the 职工养老 estimate. Either <see cref="AverageIndex"/> with <see cref="PaidYears"/>, or
/// <see cref="YearlyBases"/> (one row per paid year; the index is computed against that year's average wage).
/// </summary>
public sealed record EmployeePensionInput(
    YearMonth BirthMonth, string Group, decimal PaidYears, decimal? AverageIndex, IReadOnlyList<YearlyBase>? YearlyBases,
    decimal DeemedYears, decimal AccountBalance, decimal WageGrowth, YearMonth? RetirementMonth, bool ContinueContributing, DateOnly AsOf);

public sealed record FormulaStep(string Name, string Formula, Money Result);

public sealed record EmployeePensionResult(
    string Group, YearMonth RetirementMonth, int AgeYears, int AgeExtraMonths, decimal AverageIndex, decimal ContributionYears, decimal DeemedYears,
    Money JifaBase, bool JifaProjected, Money AccountBalanceAtRetirement, decimal Divisor, bool DivisorInterpolated,
    Money BasicPension, Money AccountPension, Money TransitionalPension, Money MonthlyTotal, int MinimumContributionMonths,
    bool MeetsMinimum, IReadOnlyList<FormulaStep> Steps, IReadOnlyList<string> Notes, IReadOnlyList<UsedParameter> Parameters);

/// <summary>
/// 企业职工基本养老金 estimate (A2-09, domain.md §7.1): 基础 + 个人账户 + 过渡性. Each component is rounded to
/// the fen, then summed. The index is kept to 4 decimals. Future years (if the person keeps contributing)
/// use the average index, the latest average wage grown at the expected rate, 8 % to the account, and the
/// latest published 记账利率.
/// </summary>
public static class EmployeePension
{
    private sealed record BaseRatio(decimal Min, decimal Max);

    private sealed record PensionRate(decimal Unit, decimal Individual);

    public static EmployeePensionResult Estimate(EmployeePensionInput input, ParameterReader parameters)
    {
        var notes = new List<string>();
        var steps = new List<FormulaStep>();
        var statutory = RetirementAge.Calculate(input.BirthMonth, input.Group, parameters);
        var retirement = input.RetirementMonth ?? statutory.RetirementMonth;
        var ageMonths = YearMonth.MonthsBetween(input.BirthMonth, retirement);

        // 本人平均缴费指数
        var (index, paidYears) = AverageIndex(input, parameters, notes);

        // Future contributions until retirement.
        var now = YearMonth.Of(input.AsOf);
        var futureMonths = input.ContinueContributing ? Math.Max(0, YearMonth.MonthsBetween(now, retirement)) : 0;
        var balance = input.AccountBalance;
        if (futureMonths > 0)
        {
            var (avgRow, _) = parameters.RowOrLatest("EMP.CONTRIB_AVG", input.AsOf);
            var (rateRow, _) = parameters.RowOrLatest("EMP.ACCOUNT_RATE", input.AsOf);
            var individual = parameters.Json<PensionRate>("RATE.PENSION", input.AsOf).Individual;
            var wage = ParameterReader.AsDecimal(avgRow);
            var rate = ParameterReader.AsDecimal(rateRow);
            var months = futureMonths;
            var year = now.Year;
            var wageYear = avgRow.ValidFrom.Year;
            while (months > 0)
            {
                var inYear = Math.Min(months, 12);
                var projectedWage = wage * Pow(1 + input.WageGrowth, Math.Max(0, year - wageYear));
                balance = balance * (1 + rate * inYear / 12m) + index * projectedWage * individual * inYear;
                months -= inYear;
                year++;
            }
            notes.Add($"按继续缴费至退休测算：未来{futureMonths}个月，缴费指数{index:0.0000}，社平工资年增长{input.WageGrowth:P1}，记账利率按{rate:P2}预估。");
        }
        var totalPaidYears = paidYears + futureMonths / 12m;
        var contributionYears = totalPaidYears + input.DeemedYears;

        // 计发基数 of the retirement year, grown from the latest published year if needed.
        var (jifaRow, jifaProjected) = parameters.RowOrLatest("EMP.JIFA_BASE", new DateOnly(retirement.Year, 7, 1));
        var jifa = ParameterReader.AsDecimal(jifaRow);
        if (jifaProjected)
        {
            var growYears = retirement.Year - jifaRow.ValidFrom.Year;
            jifa *= Pow(1 + input.WageGrowth, growYears);
            notes.Add($"{retirement.Year}年计发基数尚未公布：按{jifaRow.ValidFrom.Year}年{ParameterReader.AsDecimal(jifaRow):0.##}元，每年增长{input.WageGrowth:P1}预估。");
        }
        jifa = Math.Round(jifa, 2, MidpointRounding.AwayFromZero);

        var basic = Money.FromYuan(jifa * (1 + index) / 2 * contributionYears * 0.01m);
        steps.Add(new("基础养老金", $"{F(jifa)} × (1 + {index:0.0000}) ÷ 2 × {contributionYears:0.##} × 1%", basic));

        var table = parameters.Json<Dictionary<string, decimal>>("EMP.DIVISOR", retirement.FirstDay)
            .ToDictionary(kv => int.Parse(kv.Key, CultureInfo.InvariantCulture), kv => kv.Value);
        var (divisor, interpolated) = AnnuityDivisor.For(ageMonths / 12, ageMonths % 12, table);
        if (interpolated) notes.Add($"退休年龄{ageMonths / 12}岁{ageMonths % 12}个月：计发月数{divisor:0.#}按相邻整岁线性插值（官方规则待确认）。");
        var accountBalance = Money.FromYuan(balance);
        var account = Money.FromYuan(accountBalance.Yuan / divisor);
        steps.Add(new("个人账户养老金", $"{accountBalance} ÷ {divisor:0.#}", account));

        var coefficient = parameters.Decimal("EMP.TRANSITION_COEF", retirement.FirstDay);
        var transitional = input.DeemedYears > 0 ? Money.FromYuan(jifa * index * input.DeemedYears * coefficient) : Money.Zero;
        if (input.DeemedYears > 0)
            steps.Add(new("过渡性养老金", $"{F(jifa)} × {index:0.0000} × {input.DeemedYears:0.##} × {coefficient * 100:0.##}%", transitional));

        var total = basic + account + transitional;
        steps.Add(new("月基本养老金合计", $"{basic} + {account} + {transitional}", total));

        var minimum = retirement < statutory.RetirementMonth
            ? RetirementAge.MinimumContributionMonths(retirement.Year, parameters.Json<RetirementAge.MinContributionRule>("EMP.MIN_CONTRIB_MONTHS", RetirementAge.ReformDate))
            : statutory.MinimumContributionMonths;
        var meets = contributionYears * 12 >= minimum;
        if (!meets) notes.Add($"累计缴费（含视同）{contributionYears:0.##}年，不足{minimum / 12m:0.#}年（{minimum}个月）：到龄时不能按月领取，可延长缴费至满足年限。");
        if (parameters.AnyToConfirm) notes.Add("本测算使用了标注“待确认”的参数，结果仅供参考。");

        return new EmployeePensionResult(input.Group, retirement, ageMonths / 12, ageMonths % 12, index, contributionYears, input.DeemedYears,
            Money.FromYuan(jifa), jifaProjected, accountBalance, divisor, interpolated, basic, account, transitional, total,
            minimum, meets, steps, notes, parameters.Used);
    }

    /// <summary>Given index, or the mean of yearly indexes (base ÷ that year's average wage, clamped to the 60 %–300 % band).</summary>
    private static (decimal Index, decimal PaidYears) AverageIndex(EmployeePensionInput input, ParameterReader parameters, List<string> notes)
    {
        if (input.YearlyBases is not { Count: > 0 } bases) return (Math.Round(input.AverageIndex ?? 1m, 4, MidpointRounding.AwayFromZero), input.PaidYears);
        var sum = 0m;
        foreach (var b in bases)
        {
            var date = new DateOnly(b.Year, 7, 1);
            var average = parameters.Decimal("EMP.CONTRIB_AVG", date);
            var band = parameters.Json<BaseRatio>("EMP.BASE_RATIO", date);
            var raw = b.MonthlyBase / average;
            var clamped = Math.Clamp(raw, band.Min, band.Max);
            if (clamped != raw) notes.Add($"{b.Year}年缴费基数{b.MonthlyBase:0.##}元超出社平工资{band.Min:P0}–{band.Max:P0}范围，按{clamped:0.####}计。");
            sum += clamped;
        }
        return (Math.Round(sum / bases.Count, 4, MidpointRounding.AwayFromZero), bases.Count);
    }

    private static decimal Pow(decimal value, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++) result *= value;
        return result;
    }

    private static string F(decimal yuan) => yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
