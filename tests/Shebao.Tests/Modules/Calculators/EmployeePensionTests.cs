using CsCheck;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Platform.Money;

namespace Shebao.Tests.Modules.Calculators;

public sealed class EmployeePensionTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static EmployeePensionResult Estimate(string birth, string group, decimal paid, decimal? index, decimal deemed, decimal balance,
        string? retirement = null, bool continueContributing = false, IReadOnlyList<YearlyBase>? bases = null, decimal growth = 0.03m, DateOnly? asOf = null)
    {
        Assert.True(YearMonth.TryParse(birth, out var b));
        YearMonth? r = retirement is null ? null : YearMonth.TryParse(retirement, out var rm) ? rm : throw new ArgumentException(retirement);
        return EmployeePension.Estimate(new EmployeePensionInput(b, group, paid, index, bases, deemed, balance, growth, r, continueContributing, asOf ?? Today),
            new ParameterReader(ParameterSeed.Table()));
    }

    [Fact]
    public void DomainTestVector_Jifa7999_Index1_30Years_5Deemed_Balance150000()
    {
        // Retire at exactly 60 in 2025 (计发基数 7,999): born 1965-01, retiring 2025-01, at the original age.
        var r = Estimate("1965-01", "male", 25, 1.0m, 5, 150_000, retirement: "2025-01", asOf: new DateOnly(2025, 1, 1));
        Assert.Equal(Money.FromYuan(7999), r.JifaBase);
        Assert.Equal(139, r.Divisor);
        Assert.Equal(Money.FromYuan(2399.70m), r.BasicPension);
        Assert.Equal(Money.FromYuan(1079.14m), r.AccountPension);
        Assert.Equal(Money.FromYuan(519.94m), r.TransitionalPension); // 519.935 in decimal, not 519.93 from double
        Assert.Equal(Money.FromYuan(3998.78m), r.MonthlyTotal);
        Assert.Contains(r.Steps, s => s.Formula == "7,999.00 × (1 + 1.0000) ÷ 2 × 30 × 1%" && s.Result == Money.FromYuan(2399.70m));
    }

    [Fact]
    public void SecondBasicPensionCheck_Index1_2_32AndAHalfYears()
    {
        var r = Estimate("1965-01", "male", 32.5m, 1.2m, 0, 0, retirement: "2025-01", asOf: new DateOnly(2025, 1, 1));
        Assert.Equal(Money.FromYuan(2859.64m), r.BasicPension);
        Assert.Equal(Money.Zero, r.TransitionalPension);
    }

    [Fact]
    public void StatutoryRetirementMonth_IsTheDefault_WithAnInterpolatedDivisor()
    {
        var r = Estimate("1965-05", "male", 30, 1.0m, 0, 100_000, asOf: new DateOnly(2025, 1, 1)); // statutory 2025-07 at 60y2m
        Assert.Equal("2025-07", r.RetirementMonth.ToString());
        Assert.Equal((60, 2), (r.AgeYears, r.AgeExtraMonths));
        Assert.Equal(137.8m, r.Divisor); // 139 − 7 × 2/12 = 137.83 → 137.8
        Assert.True(r.DivisorInterpolated);
        Assert.Contains(r.Notes, n => n.Contains("插值", StringComparison.Ordinal));
    }

    [Fact]
    public void ParameterSelection_ByRetirementYear()
    {
        var in2023 = Estimate("1963-01", "male", 30, 1.0m, 0, 0, asOf: new DateOnly(2023, 1, 1)); // statutory 2023-01
        Assert.Equal(Money.FromYuan(7688), in2023.JifaBase);
        Assert.False(in2023.JifaProjected);
        var future = Estimate("1970-01", "male", 20, 1.0m, 0, 0); // statutory 2031-05: beyond the last published year
        Assert.True(future.JifaProjected);
        Assert.Equal(Money.FromYuan(Math.Round(7999m * 1.03m * 1.03m * 1.03m * 1.03m * 1.03m * 1.03m, 2, MidpointRounding.AwayFromZero)), future.JifaBase);
    }

    [Fact]
    public void YearlyBases_AreIndexedAgainstThatYearsAverage_AndClamped()
    {
        var bases = new List<YearlyBase> { new(2021, 6386.91m), new(2022, 6698.08m * 2), new(2023, 100_000m) };
        var r = Estimate("1965-01", "male", 0, null, 0, 0, retirement: "2025-01", bases: bases, asOf: new DateOnly(2025, 1, 1));
        Assert.Equal(2.0m, r.AverageIndex); // (1 + 2 + 3 clamped) / 3
        Assert.Equal(3, r.ContributionYears);
        Assert.Contains(r.Notes, n => n.Contains("2023", StringComparison.Ordinal));
    }

    [Fact]
    public void ContinuingToContribute_AddsYearsAndAccount()
    {
        var stop = Estimate("1975-01", "male", 20, 1.0m, 0, 80_000);
        var go = Estimate("1975-01", "male", 20, 1.0m, 0, 80_000, continueContributing: true);
        Assert.True(go.ContributionYears > stop.ContributionYears);
        Assert.True(go.AccountBalanceAtRetirement > stop.AccountBalanceAtRetirement);
        Assert.True(go.MonthlyTotal > stop.MonthlyTotal);
    }

    [Fact]
    public void TooFewYears_DoesNotMeetTheMinimum()
    {
        var r = Estimate("1975-01", "male", 10, 1.0m, 0, 10_000);
        Assert.False(r.MeetsMinimum);
        Assert.Equal(228, r.MinimumContributionMonths); // statutory 2037-08
    }

    private static readonly Gen<(int Year, decimal Paid, decimal Index, decimal Deemed, int Balance)> Inputs =
        from year in Gen.Int[1962, 1990]
        from paid in Gen.Int[1, 40]
        from index in Gen.Int[60, 300]
        from deemed in Gen.Int[0, 10]
        from balance in Gen.Int[0, 400_000]
        select (year, (decimal)paid, index / 100m, (decimal)deemed, balance);

    [Fact]
    public void Property_TotalIsTheSumOfItsParts() =>
        Inputs.Sample(i =>
        {
            var r = Estimate($"{i.Year}-06", "male", i.Paid, i.Index, i.Deemed, i.Balance);
            Assert.Equal(r.MonthlyTotal, r.BasicPension + r.AccountPension + r.TransitionalPension);
        }, iter: 300);

    [Fact]
    public void Property_MoreYearsOrAHigherIndex_NeverLowersTheEstimate() =>
        Inputs.Sample(i =>
        {
            var baseline = Estimate($"{i.Year}-06", "male", i.Paid, i.Index, i.Deemed, i.Balance).MonthlyTotal;
            Assert.True(Estimate($"{i.Year}-06", "male", i.Paid + 1, i.Index, i.Deemed, i.Balance).MonthlyTotal >= baseline);
            Assert.True(Estimate($"{i.Year}-06", "male", i.Paid, Math.Min(3.0m, i.Index + 0.1m), i.Deemed, i.Balance).MonthlyTotal >= baseline);
        }, iter: 300);
}
