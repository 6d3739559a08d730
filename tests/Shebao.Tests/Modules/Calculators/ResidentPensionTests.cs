using CsCheck;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Platform.Money;

namespace Shebao.Tests.Modules.Calculators;

public sealed class ResidentPensionTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    /// <summary>The seed with the interest rate set to zero: the domain.md §6.2 worked example has no interest.</summary>
    private static ParameterTable NoInterest() => new(ParameterSeed.Rows().Select(r =>
    {
        if (r.Code == "CJB.ACCOUNT_RATE") r.Value = "0";
        return r;
    }));

    private static ResidentPensionResult Estimate(ParameterTable table, DateOnly birth, int paid, decimal balance, decimal grade, int years, string identity = "011", DateOnly? asOf = null) =>
        ResidentPension.Estimate(new ResidentPensionInput(birth, paid, balance, grade, years, identity, asOf ?? Today), new ParameterReader(table));

    [Fact]
    public void WorkedExample_Grade500_Subsidy60_15Years_NoInterest()
    {
        // 15 × (500 + 60) = 8,400; 8,400 ÷ 139 = 60.43; + 143 = 203.43 (domain.md §6.2).
        var r = Estimate(NoInterest(), new DateOnly(1981, 6, 1), 0, 0, 500, 15, asOf: new DateOnly(2026, 1, 10));
        Assert.Equal(Money.FromYuan(8400), r.AccountBalanceAt60);
        Assert.Equal(Money.FromYuan(60.43m), r.AccountPension);
        Assert.Equal(Money.FromYuan(143), r.BasicPension);
        Assert.Equal(Money.FromYuan(203.43m), r.MonthlyTotal);
        Assert.Equal(15, r.Years.Count(y => y.Personal > Money.Zero));
    }

    [Fact]
    public void Interest_CompoundsYearly_OnTheOpeningBalance_AndOnEarlierContributions()
    {
        var r = Estimate(ParameterSeed.Table(), new DateOnly(1968, 3, 1), 10, 5000, 300, 2, asOf: new DateOnly(2026, 3, 1));
        // Two years to 60 (2026, 2027): 2026 interest on 5,000; 2027 on 5,000 + interest + 330.
        var rate = 0.0262m; // latest published rate, projected for both years
        var y1 = 5000m * (1 + rate) + 330;
        var y2 = y1 * (1 + rate) + 330;
        Assert.Equal(Money.FromYuan(y2), r.AccountBalanceAt60);
        Assert.All(r.Years, y => Assert.True(y.RateProjected));
        Assert.Contains(r.Notes, n => n.Contains("预估", StringComparison.Ordinal));
    }

    [Fact]
    public void HardshipIdentity_GetsTheMinimumGradePaidByGovernment()
    {
        var r = Estimate(NoInterest(), new DateOnly(1981, 1, 1), 0, 0, 100, 15, identity: "021", asOf: new DateOnly(2026, 1, 10));
        Assert.Equal(Money.Zero, r.BalanceParts.Single(p => p.Label == "个人缴费").Amount);
        Assert.Equal(Money.FromYuan(1500), r.BalanceParts.Single(p => p.Label == "政府代缴").Amount);
        Assert.Equal(Money.FromYuan(1500 + 15 * 30), r.AccountBalanceAt60);
    }

    [Fact]
    public void FewerThan15Years_IsNotEligible_AndSaysWhy()
    {
        var r = Estimate(ParameterSeed.Table(), new DateOnly(1980, 1, 1), 3, 1000, 200, 5);
        Assert.False(r.Eligible);
        Assert.Contains(r.Notes, n => n.Contains("不足15年", StringComparison.Ordinal));
    }

    [Fact]
    public void NearSixty_MayBackPayUpTo15Years_WithoutSubsidy()
    {
        var birth = new DateOnly(1968, 5, 1); // 60 in 2028: two regular years left (2026, 2027)
        Assert.Equal(15, ResidentPension.MaxPlannedYears(birth, 0, Today));
        var r = Estimate(NoInterest(), birth, 0, 0, 500, 15);
        Assert.True(r.Eligible);
        // 2 regular years with subsidy + 13 back-paid years without.
        Assert.Equal(Money.FromYuan(2 * 560 + 13 * 500), r.AccountBalanceAt60);
        Assert.Contains(r.Years, y => y.BackPayment);
    }

    [Fact]
    public void ParameterSelection_UsesTheValueOfTheDateOfSixty()
    {
        var turning60In2024 = Estimate(ParameterSeed.Table(), new DateOnly(1964, 5, 1), 15, 8000, 100, 0, asOf: new DateOnly(2024, 6, 1));
        Assert.Equal(Money.FromYuan(123), turning60In2024.BasicPension);
        var turning60In2025 = Estimate(ParameterSeed.Table(), new DateOnly(1965, 5, 1), 15, 8000, 100, 0, asOf: new DateOnly(2025, 6, 1));
        Assert.Equal(Money.FromYuan(143), turning60In2025.BasicPension);
        Assert.Contains(turning60In2024.Parameters, p => p.Code == "CJB.BASIC.CENTRAL" && p.ValidFrom == new DateOnly(2024, 1, 1));
    }

    [Fact]
    public void PastYears_UseThatYearsRate()
    {
        var r = Estimate(ParameterSeed.Table(), new DateOnly(1965, 8, 1), 14, 10000, 200, 1, asOf: new DateOnly(2023, 3, 1)); // 60 in 2025: credited 2023 and 2024
        Assert.Equal(0.0397m, r.Years[0].Rate);
        Assert.False(r.Years[0].RateProjected);
        Assert.Equal(0.0262m, r.Years[1].Rate);
    }

    private static readonly Gen<(int BirthYear, int Paid, int Grade, int Years)> Inputs =
        from birthYear in Gen.Int[1967, 2008]
        from paid in Gen.Int[0, 20]
        from grade in Gen.OneOf(100, 200, 300, 500, 800, 1000, 1500, 2000)
        from years in Gen.Int[0, 15]
        select (birthYear, paid, grade, years);

    private static int MaxYears((int BirthYear, int Paid, int Grade, int Years) i) =>
        ResidentPension.MaxPlannedYears(new DateOnly(i.BirthYear, 6, 1), i.Paid, Today);

    [Fact]
    public void Property_PartsAlwaysAddUpToTheTotals() =>
        Inputs.Sample(i =>
        {
            var r = Estimate(ParameterSeed.Table(), new DateOnly(i.BirthYear, 6, 1), i.Paid, 1234.56m, i.Grade, Math.Min(i.Years, MaxYears(i)));
            Assert.Equal(r.AccountBalanceAt60, Money.Sum(r.BalanceParts.Select(p => p.Amount)));
            Assert.Equal(r.BasicPension, Money.Sum(r.BasicParts.Select(p => p.Amount)));
            Assert.Equal(r.MonthlyTotal, r.BasicPension + r.AccountPension);
        }, iter: 300);

    [Fact]
    public void Property_MoreYearsOrAHigherGrade_NeverLowersTheEstimate() =>
        Inputs.Sample(i =>
        {
            var birth = new DateOnly(i.BirthYear, 6, 1);
            var years = Math.Min(i.Years, MaxYears(i));
            var baseline = Estimate(ParameterSeed.Table(), birth, i.Paid, 500, i.Grade, years).MonthlyTotal;
            if (years + 1 <= MaxYears(i))
                Assert.True(Estimate(ParameterSeed.Table(), birth, i.Paid, 500, i.Grade, years + 1).MonthlyTotal >= baseline);
            var higher = new[] { 100, 200, 300, 500, 800, 1000, 1500, 2000 }.FirstOrDefault(g => g > i.Grade);
            if (higher > 0)
                Assert.True(Estimate(ParameterSeed.Table(), birth, i.Paid, 500, higher, years).MonthlyTotal >= baseline);
        }, iter: 300);
}
