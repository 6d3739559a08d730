using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Parameters;

namespace Shebao.Tests.Modules.Calculators;

public sealed class RetirementAgeTests
{
    private static RetirementAgeResult Calc(string birth, string group)
    {
        Assert.True(YearMonth.TryParse(birth, out var month));
        return RetirementAge.Calculate(month, group, new ParameterReader(ParameterSeed.Table()));
    }

    /// <summary>Every check value of domain.md §7.3.</summary>
    [Theory]
    [InlineData("1964-12", "male", 0, "2024-12")]
    [InlineData("1965-01", "male", 1, "2025-02")]
    [InlineData("1965-04", "male", 1, "2025-05")]
    [InlineData("1965-05", "male", 2, "2025-07")]
    [InlineData("1965-12", "male", 3, "2026-03")]
    [InlineData("1976-12", "male", 36, "2039-12")]
    [InlineData("1970-01", "female-55", 1, "2025-02")]
    [InlineData("1982-01", "female-55", 36, "2040-01")]
    [InlineData("1975-01", "female-50", 1, "2025-02")]
    [InlineData("1975-03", "female-50", 2, "2025-05")]
    [InlineData("1984-12", "female-50", 60, "2039-12")]
    public void StatutoryRetirement_MatchesTheDomainVectors(string birth, string group, int delay, string month)
    {
        var r = Calc(birth, group);
        Assert.Equal(delay, r.DelayMonths);
        Assert.Equal(month, r.RetirementMonth.ToString());
    }

    [Theory]
    [InlineData(2025, 180)]
    [InlineData(2029, 180)]
    [InlineData(2030, 186)]
    [InlineData(2031, 192)]
    [InlineData(2032, 198)]
    [InlineData(2033, 204)]
    [InlineData(2034, 210)]
    [InlineData(2035, 216)]
    [InlineData(2036, 222)]
    [InlineData(2037, 228)]
    [InlineData(2038, 234)]
    [InlineData(2039, 240)]
    [InlineData(2050, 240)]
    public void MinimumContribution_FollowsTheRetirementYear(int year, int months) =>
        Assert.Equal(months, RetirementAge.MinimumContributionMonths(year, new(180, 2030, 6, 240)));

    [Fact]
    public void FullyPhasedIn_Groups_ReachTheirNewAges()
    {
        Assert.Equal((63, 0), (Calc("1976-09", "male").StatutoryAgeYears, Calc("1976-09", "male").StatutoryAgeExtraMonths));
        Assert.Equal(58, Calc("1981-09", "female-55").StatutoryAgeYears);
        Assert.Equal(55, Calc("1984-11", "female-50").StatutoryAgeYears);
    }

    [Fact]
    public void FlexibleWindow_IsThreeYearsEachWay_ButNeverBeforeTheOriginalAge()
    {
        var full = Calc("1980-01", "male"); // statutory 63 → 2043-01
        Assert.Equal("2043-01", full.RetirementMonth.ToString());
        Assert.Equal("2040-01", full.EarliestRetirementMonth.ToString()); // 60 = original age, exactly 3 years earlier
        Assert.Equal("2046-01", full.LatestRetirementMonth.ToString());

        var early = Calc("1966-01", "male"); // statutory 60 + 4 months
        Assert.Equal("2026-05", early.RetirementMonth.ToString());
        Assert.Equal("2026-01", early.EarliestRetirementMonth.ToString()); // clipped at the original age 60
    }

    [Fact]
    public void EarlyAndDeferredRetirement_UseTheDocumentedThresholds()
    {
        // domain.md §7.3: early retirement in 2030 needs 186 months; deferral is checked at the statutory year.
        var r = Calc("1970-01", "male"); // original age 60 in 2030-01, statutory 60 + 16 months = 2031-05
        Assert.Equal("2031-05", r.RetirementMonth.ToString());
        Assert.Equal("2030-01", r.EarliestRetirementMonth.ToString());
        Assert.Equal(186, r.EarliestMinimumContributionMonths);
        Assert.Equal(192, r.MinimumContributionMonths);
        Assert.Equal("2034-05", r.LatestRetirementMonth.ToString());
        Assert.Equal(192, r.DeferredMinimumContributionMonths); // not 210, the 2034 value
    }

    [Fact]
    public void Result_NamesTheParameterVersionsUsed()
    {
        var r = Calc("1970-06", "male");
        Assert.Contains(r.Parameters, p => p.Code == "EMP.RETIRE_REFORM" && !p.ToConfirm);
        Assert.Contains(r.Parameters, p => p.Code == "EMP.FLEX_WINDOW" && p.ToConfirm);
    }
}
