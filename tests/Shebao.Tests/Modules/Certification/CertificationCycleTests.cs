using Microsoft.Extensions.Time.Testing;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Certification;
using Shebao.Core.Platform.Clock;

namespace Shebao.Tests.Modules.Certification;

public sealed class CertificationCycleTests
{
    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd");
    private static YearMonth M(string s) => CertificationCycle.Month(s);

    /// <summary>A clock standing at the given instant (UTC); "today" is the China date of it.</summary>
    private static DateOnly TodayAt(string utc) => new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)).TodayInChina();

    [Theory]
    [InlineData("2024-02-29", "2025-02-28", "2025-02")]   // leap day → last day of February
    [InlineData("2023-02-28", "2024-02-28", "2024-02")]   // into a leap year: the same day, not the 29th
    [InlineData("2025-01-31", "2026-01-31", "2026-01")]   // month end stays the month end
    [InlineData("2025-08-31", "2026-08-31", "2026-08")]
    [InlineData("2025-12-15", "2026-12-15", "2026-12")]   // year end
    [InlineData("2025-12-31", "2026-12-31", "2026-12")]
    public void NextDue_IsTwelveMonthsOn_ClampedToTheMonthEnd(string certified, string dueDate, string dueMonth)
    {
        Assert.Equal(D(dueDate), CertificationCycle.NextDueDate(D(certified)));
        Assert.Equal(dueMonth, CertificationCycle.NextDueMonth(D(certified)).ToString());
    }

    [Theory]
    [InlineData("2026-02", "2026-02-28")]
    [InlineData("2028-02", "2028-02-29")]
    [InlineData("2026-12", "2026-12-31")]
    [InlineData("2026-04", "2026-04-30")]
    public void Deadline_IsTheLastDayOfTheDueMonth(string month, string deadline) =>
        Assert.Equal(D(deadline), CertificationCycle.Deadline(M(month)));

    [Fact]
    public void Buckets_FollowTheChinaDate_OfTheInjectedClock()
    {
        // 2026-03-31 16:30 UTC is already 1 April in China: someone due in March is now overdue.
        var chinaApril = TodayAt("2026-03-31T16:30:00Z");
        var chinaMarch = TodayAt("2026-03-31T15:30:00Z");
        Assert.Equal(D("2026-04-01"), chinaApril);
        Assert.Equal(DueBuckets.DueThisMonth, CertificationCycle.Bucket(BenefitStatuses.Active, null, M("2026-03"), chinaMarch));
        Assert.Equal(DueBuckets.Overdue, CertificationCycle.Bucket(BenefitStatuses.Active, null, M("2026-03"), chinaApril));
        Assert.False(CertificationCycle.IsOverdue(M("2026-03"), chinaMarch));
        Assert.True(CertificationCycle.IsOverdue(M("2026-03"), chinaApril));
        Assert.Equal(DueBuckets.DueNextMonth, CertificationCycle.Bucket(BenefitStatuses.Active, null, M("2026-05"), chinaApril));
        Assert.Equal(DueBuckets.Current, CertificationCycle.Bucket(BenefitStatuses.Active, null, M("2026-06"), chinaApril));
        // Across the year end: December's next month is January.
        Assert.Equal(DueBuckets.DueNextMonth, CertificationCycle.Bucket(BenefitStatuses.Active, null, M("2027-01"), D("2026-12-31")));
        Assert.Equal(DueBuckets.Paused, CertificationCycle.Bucket(BenefitStatuses.Paused, PauseReasons.NotCertified, M("2025-01"), chinaApril));
        Assert.Equal(DueBuckets.Closed, CertificationCycle.Bucket(BenefitStatuses.Paused, PauseReasons.Imprisoned, M("2025-01"), chinaApril));
        Assert.Equal(DueBuckets.Closed, CertificationCycle.Bucket(BenefitStatuses.Terminated, null, M("2025-01"), chinaApril));
    }

    [Fact]
    public void Certifying_OnTheLastDay_KeepsThePersonOnTime_AndRenewsFromThatDay()
    {
        var certified = D("2025-03-31");
        var due = CertificationCycle.NextDueMonth(certified);
        Assert.Equal(DueBuckets.DueThisMonth, CertificationCycle.Bucket(BenefitStatuses.Active, null, due, D("2026-03-31")));
        Assert.Equal(DueBuckets.Overdue, CertificationCycle.Bucket(BenefitStatuses.Active, null, due, D("2026-04-01")));
    }

    [Theory]
    [InlineData("2026-03", "2026-04-30", 1, false)]  // the grace month
    [InlineData("2026-03", "2026-05-01", 1, true)]
    [InlineData("2026-03", "2026-04-01", 0, true)]   // no grace: overdue is enough
    [InlineData("2026-03", "2026-03-31", 0, false)]  // not yet overdue
    [InlineData("2025-11", "2026-01-15", 1, true)]   // across the year end
    [InlineData("2025-12", "2026-01-15", 1, false)]
    public void BeyondGrace(string due, string today, int grace, bool expected) =>
        Assert.Equal(expected, CertificationCycle.BeyondGrace(M(due), D(today), grace));

    [Fact]
    public void SuggestedSuspensions_ListOnlyActivePeopleBeyondGrace_FromTheMonthAfterTheDueMonth()
    {
        var today = TodayAt("2026-06-10T02:00:00Z");
        Beneficiary B(string name, string due, string status = BenefitStatuses.Active) =>
            new() { Id = Guid.NewGuid(), Name = name, NextDueMonth = due, Status = status, Scheme = Schemes.EmployeePension };
        var rows = new[]
        {
            B("逾期三月", "2026-03"), B("宽限期内", "2026-05"), B("本月到期", "2026-06"), B("已暂停", "2026-01", BenefitStatuses.Paused),
            B("已终止", "2025-01", BenefitStatuses.Terminated), B("跨年逾期", "2025-12"),
        };
        var suggested = SuggestSuspensionsHandler.Compute(rows, today, graceMonths: 1);
        Assert.Equal(["逾期三月", "跨年逾期"], suggested.Select(s => s.Name));
        var first = suggested[0];
        Assert.Equal("2026-04", first.SuggestedPauseMonth);
        Assert.Equal(3, first.MonthsOverdue);
        Assert.Equal("2026-01", suggested[1].SuggestedPauseMonth);
        // The job computes; it changes nothing.
        Assert.All(rows.Take(2), r => Assert.Equal(BenefitStatuses.Active, r.Status));
    }

    [Theory]
    [InlineData("2026-04", "2026-09", "2316.45", 5, "11582.25")]
    [InlineData("2026-11", "2027-02", "1987.15", 3, "5961.45")]    // across the year end
    [InlineData("2026-04", "2026-04", "2316.45", 0, "0")]          // certified in the pause month: nothing to pay back
    [InlineData("2026-06", "2026-04", "2316.45", 0, "0")]          // certified before the pause month: never negative
    [InlineData("2026-01", "2026-04", "1000.005", 3, "3000.02")]   // rounded half away from zero: 3000.015 → 3000.02
    public void BackPay_CountsThePausedMonths_BeforeTheResumptionMonth(string pausedFrom, string resumed, string monthly, int months, string amount)
    {
        var (m, a) = CertificationCycle.BackPay(M(pausedFrom), M(resumed), decimal.Parse(monthly, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(months, m);
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), a);
    }
}
