using Shebao.Core.Modules.Parameters;

namespace Shebao.Core.Modules.Calculators;

public static class RetirementGroups
{
    public const string Male = "male";
    public const string Female55 = "female-55";
    public const string Female50 = "female-50";

    public static readonly IReadOnlyList<string> All = [Male, Female55, Female50];

    public static string Label(string group) => group switch
    {
        Male => "男职工（原60岁）",
        Female55 => "女职工（原55岁，管理技术岗位）",
        Female50 => "女职工（原50岁）",
        _ => group,
    };
}

/// <summary>The statutory and flexible retirement of one person under the 2025 reform (domain.md §7.3).</summary>
public sealed record RetirementAgeResult(
    YearMonth BirthMonth, string Group, int OriginalAgeYears, int DelayMonths, YearMonth RetirementMonth,
    int StatutoryAgeYears, int StatutoryAgeExtraMonths, int MinimumContributionMonths,
    YearMonth EarliestRetirementMonth, int EarliestMinimumContributionMonths, YearMonth LatestRetirementMonth,
    int DeferredMinimumContributionMonths, IReadOnlyList<UsedParameter> Parameters);

/// <summary>Pure: the reform rule and the minimum-contribution table come in as parameters.</summary>
public static class RetirementAge
{
    public sealed record ReformRule(int BaseYear, int StepMonths, int CapMonths, int OriginalAge);

    public sealed record MinContributionRule(int BaseMonths, int FromYear, int StepMonths, int MaxMonths);

    public sealed record FlexWindow(int EarlierYears, int LaterYears);

    /// <summary>The reform took effect on 2025-01-01; its rules are read as valid on that date unless superseded later.</summary>
    public static readonly DateOnly ReformDate = new(2025, 1, 1);

    public static RetirementAgeResult Calculate(YearMonth birth, string group, ParameterReader parameters)
    {
        var rules = parameters.Json<Dictionary<string, ReformRule>>("EMP.RETIRE_REFORM", ReformDate);
        var rule = rules[group];
        var minRule = parameters.Json<MinContributionRule>("EMP.MIN_CONTRIB_MONTHS", ReformDate);
        var window = parameters.Json<FlexWindow>("EMP.FLEX_WINDOW", ReformDate);

        var sinceBase = (birth.Year - rule.BaseYear) * 12 + (birth.Month - 1);
        var delay = sinceBase < 0 ? 0 : Math.Min(rule.CapMonths, sinceBase / rule.StepMonths + 1);
        var original = birth.AddMonths(rule.OriginalAge * 12);
        var statutory = original.AddMonths(delay);

        // Early: up to N years before the new age, never before the original age; the threshold of the actual year.
        var earliest = statutory.AddMonths(-window.EarlierYears * 12);
        if (earliest < original) earliest = original;
        var latest = statutory.AddMonths(window.LaterYears * 12);

        return new RetirementAgeResult(
            birth, group, rule.OriginalAge, delay, statutory,
            rule.OriginalAge + delay / 12, delay % 12,
            MinimumContributionMonths(statutory.Year, minRule),
            earliest, MinimumContributionMonths(earliest.Year, minRule),
            // Deferral is checked against the year the statutory age is reached (domain.md §7.3 vectors; §17.6 open).
            latest, MinimumContributionMonths(statutory.Year, minRule),
            parameters.Used);
    }

    public static int MinimumContributionMonths(int retirementYear, MinContributionRule rule) =>
        retirementYear < rule.FromYear ? rule.BaseMonths : Math.Min(rule.MaxMonths, rule.BaseMonths + (retirementYear - rule.FromYear + 1) * rule.StepMonths);
}
