using Shebao.Core.Modules.Calculators;

namespace Shebao.Core.Modules.Certification;

public static class DueBuckets
{
    public const string DueThisMonth = "due-this-month";
    public const string DueNextMonth = "due-next-month";
    public const string Overdue = "overdue";
    public const string Paused = "paused";
    public const string Current = "current";
    public const string Closed = "closed";

    public static readonly string[] Listed = [Overdue, DueThisMonth, DueNextMonth, Paused];

    public static string Label(string bucket) => bucket switch
    {
        DueThisMonth => "本月到期",
        DueNextMonth => "下月到期",
        Overdue => "逾期未认证",
        Paused => "未认证暂停",
        Current => "已认证",
        _ => "已终止或其他暂停",
    };
}

/// <summary>The rolling 12-month cycle (domain.md §9), pure: every date comes from the caller's clock.</summary>
internal static class CertificationCycle
{
    public const int CycleMonths = 12;

    /// <summary>The day the next certification falls due: the same day 12 months on, or that month's last day (29 Feb → 28 Feb).</summary>
    public static DateOnly NextDueDate(DateOnly certifiedOn) => certifiedOn.AddMonths(CycleMonths);

    public static YearMonth NextDueMonth(DateOnly certifiedOn) => YearMonth.Of(NextDueDate(certifiedOn));

    /// <summary>The last day of the due month: certification is on time until then.</summary>
    public static DateOnly Deadline(YearMonth dueMonth) => dueMonth.AddMonths(1).FirstDay.AddDays(-1);

    public static bool IsOverdue(YearMonth dueMonth, DateOnly today) => today > Deadline(dueMonth);

    public static string Bucket(string status, string? pauseReason, YearMonth dueMonth, DateOnly today)
    {
        if (status == BenefitStatuses.Paused) return pauseReason == PauseReasons.NotCertified ? DueBuckets.Paused : DueBuckets.Closed;
        if (status != BenefitStatuses.Active) return DueBuckets.Closed;
        var month = YearMonth.Of(today);
        if (dueMonth < month) return DueBuckets.Overdue;
        if (dueMonth == month) return DueBuckets.DueThisMonth;
        if (dueMonth == month.AddMonths(1)) return DueBuckets.DueNextMonth;
        return DueBuckets.Current;
    }

    /// <summary>
    /// Overdue beyond the grace period: the due month lies more than <paramref name="graceMonths"/> months before
    /// today's month. With grace 1, someone due in March is suggested from May (April is the grace month).
    /// </summary>
    public static bool BeyondGrace(YearMonth dueMonth, DateOnly today, int graceMonths) =>
        YearMonth.MonthsBetween(dueMonth, YearMonth.Of(today)) > graceMonths;

    /// <summary>A person not certified by the due month is paused from the month after it (domain.md §9).</summary>
    public static YearMonth SuggestedPauseMonth(YearMonth dueMonth) => dueMonth.AddMonths(1);

    /// <summary>
    /// Resuming in <paramref name="resumeMonth"/> pays back every paused month before it
    /// (<c>resume − pausedFrom</c>, never negative) at the monthly amount.
    /// </summary>
    public static (int Months, decimal Amount) BackPay(YearMonth pausedFrom, YearMonth resumeMonth, decimal monthlyAmount)
    {
        var months = Math.Max(0, YearMonth.MonthsBetween(pausedFrom, resumeMonth));
        return (months, Math.Round(months * monthlyAmount, 2, MidpointRounding.AwayFromZero));
    }

    public static YearMonth Month(string text) =>
        YearMonth.TryParse(text, out var m) ? m : throw new FormatException($"Not a month: {text}");
}
