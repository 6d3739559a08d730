using System.Globalization;
using Shebao.Core.Modules.Calendar;

namespace Shebao.Tests.Modules.Calendar;

/// <summary>
/// The working-day calendar on the embedded State Council schedules (holidays-cn.csv). Expected dates are worked out
/// by hand from the notices: 2025 国办发明电〔2024〕12号, 2026 国务院办公厅关于2026年部分节假日安排的通知.
/// Rule under test: the day of acceptance never counts; day 1 is the first working day after it.
/// </summary>
public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FromCsv(CalendarStore.OpenEmbeddedCsv());

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    // 2025 Spring Festival: holidays Tue 01-28 … Tue 02-04, make-up workdays Sun 01-26 and Sat 02-08; Mon 01-27 is an ordinary workday.
    [InlineData("2025-01-24", 1, "2025-01-26")] // Fri; Sat 01-25 rests, Sun 01-26 is a make-up workday, so it is day 1
    [InlineData("2025-01-24", 2, "2025-01-27")] // Mon 01-27 is ordinary work (the break starts on Tuesday)
    [InlineData("2025-01-24", 3, "2025-02-05")] // 01-28…02-04 is the holiday; Wed 02-05 is the first day back
    [InlineData("2025-01-24", 5, "2025-02-07")] // 02-05, 02-06, 02-07
    [InlineData("2025-01-24", 6, "2025-02-08")] // Sat 02-08 is the second make-up workday
    [InlineData("2025-01-24", 7, "2025-02-10")] // Sun 02-09 rests, Mon 02-10
    [InlineData("2025-01-24", 20, "2025-02-27")] // 7 as above, then 13 ordinary weekdays 02-11 … 02-27
    [InlineData("2025-01-27", 1, "2025-02-05")] // accepted the last day before the break
    [InlineData("2025-01-29", 1, "2025-02-05")] // accepted on a holiday: counting still starts the next working day
    // The make-up Saturday 2025-02-08.
    [InlineData("2025-02-06", 2, "2025-02-08")] // Thu; Fri 02-07, then Sat 02-08 (workday)
    [InlineData("2025-02-07", 1, "2025-02-08")] // Fri + 1 is the Saturday, not Monday
    [InlineData("2025-02-08", 1, "2025-02-10")] // from the make-up Saturday: Sun rests, Mon 02-10
    // 2025 National Day and Mid-Autumn: holidays Wed 10-01 … Wed 10-08, make-up workdays Sun 09-28 and Sat 10-11.
    [InlineData("2025-09-26", 1, "2025-09-28")] // Fri + 1 is the make-up Sunday
    [InlineData("2025-09-28", 3, "2025-10-09")] // Mon 09-29, Tue 09-30, then Thu 10-09 after the break
    [InlineData("2025-09-30", 1, "2025-10-09")] // accepted the day before the break
    [InlineData("2025-10-03", 1, "2025-10-09")] // accepted during the break
    [InlineData("2025-09-30", 3, "2025-10-11")] // Thu 10-09, Fri 10-10, Sat 10-11 (make-up workday)
    // Other 2025 breaks that end on a weekday.
    [InlineData("2025-04-03", 1, "2025-04-07")] // 清明 Fri 04-04 … Sun 04-06
    [InlineData("2025-05-30", 1, "2025-06-03")] // 端午 Sat 05-31 … Mon 06-02
    // 2026: New Year Thu 01-01 … Sat 01-03 with make-up Sun 01-04.
    [InlineData("2025-12-31", 1, "2026-01-04")] // across the year end, onto the make-up Sunday
    [InlineData("2025-12-31", 2, "2026-01-05")]
    // 2026 Spring Festival: make-up Sat 02-14, holidays Sun 02-15 … Mon 02-23, make-up Sat 02-28.
    [InlineData("2026-02-13", 1, "2026-02-14")] // Fri + 1 is the make-up Saturday
    [InlineData("2026-02-13", 2, "2026-02-24")] // then nine days off; Tue 02-24
    [InlineData("2026-02-13", 6, "2026-02-28")] // 02-24 … 02-27 are days 2–5, Sat 02-28 day 6
    [InlineData("2026-02-13", 7, "2026-03-02")]
    // 2026 Labour Day Fri 05-01 … Tue 05-05, make-up Sat 05-09.
    [InlineData("2026-04-30", 1, "2026-05-06")]
    [InlineData("2026-04-30", 4, "2026-05-09")] // Wed 05-06, Thu, Fri, Sat 05-09
    // 2026 端午 Fri 06-19 … Sun 06-21; Mid-Autumn Fri 09-25 … Sun 09-27 (make-up Sun 09-20); National Day Thu 10-01 … Wed 10-07 (make-up Sat 10-10).
    [InlineData("2026-06-18", 1, "2026-06-22")]
    [InlineData("2026-09-24", 1, "2026-09-28")]
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2026-09-30", 3, "2026-10-10")] // Thu 10-08, Fri 10-09, Sat 10-10
    // Zero days: due the day it was accepted (即办), even a holiday.
    [InlineData("2025-10-01", 0, "2025-10-01")]
    public void AddWorkingDays_CountsFromTheWorkingDayAfterAcceptance(string accepted, int days, string due) =>
        Assert.Equal(D(due), Calendar.AddWorkingDays(D(accepted), days));

    [Theory]
    [InlineData("2025-01-01", false)] // 元旦, a Wednesday
    [InlineData("2025-01-25", false)] // ordinary Saturday
    [InlineData("2025-01-26", true)] // make-up Sunday
    [InlineData("2025-01-27", true)] // ordinary Monday between the make-up day and the break
    [InlineData("2025-02-01", false)] // a weekend day listed inside the break
    [InlineData("2025-02-08", true)] // make-up Saturday
    [InlineData("2025-02-09", false)]
    [InlineData("2025-10-08", false)] // last day of the 8-day National Day break, a Wednesday
    [InlineData("2025-10-11", true)] // make-up Saturday
    [InlineData("2026-01-02", false)] // New Year, a Friday
    [InlineData("2026-01-04", true)] // make-up Sunday
    [InlineData("2026-02-23", false)] // Spring Festival, a Monday
    [InlineData("2026-02-28", true)]
    [InlineData("2026-09-20", true)]
    [InlineData("2026-10-10", true)]
    [InlineData("2026-10-12", true)] // ordinary Monday
    public void IsWorkingDay_FollowsTheNotices(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2025-01-24", "2025-02-05", 3)] // Sun 01-26, Mon 01-27, Wed 02-05
    [InlineData("2025-09-30", "2025-10-08", 0)] // all inside the National Day break
    [InlineData("2026-02-13", "2026-02-28", 6)] // 02-14, 02-24 … 02-27, 02-28
    [InlineData("2024-12-31", "2025-12-31", 248)] // 261 weekdays − 18 weekday holidays + 5 make-up weekend days
    [InlineData("2025-12-31", "2026-12-31", 248)] // 261 weekdays − 19 weekday holidays + 6 make-up weekend days
    [InlineData("2025-02-05", "2025-02-05", 0)] // to = from
    [InlineData("2025-02-05", "2025-01-24", 0)] // to before from
    [InlineData("2025-02-07", "2025-02-08", 1)] // the make-up Saturday counts
    [InlineData("2025-01-24", "2025-01-25", 0)] // the start day never counts; Saturday rests
    public void WorkingDaysBetween_CountsTheExclusiveInclusiveRange(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)));

    [Theory]
    [InlineData("2025-01-27", "2025-02-05")]
    [InlineData("2025-10-10", "2025-10-11")] // Friday → make-up Saturday
    [InlineData("2026-01-01", "2026-01-04")]
    [InlineData("2026-03-06", "2026-03-09")] // ordinary Friday → Monday
    public void NextWorkingDay_IsTheFirstWorkingDayAfter(string date, string next) =>
        Assert.Equal(D(next), Calendar.NextWorkingDay(D(date)));

    [Fact]
    public void EmbeddedCsv_EveryDateLoadsWithItsKind()
    {
        using var csv = CalendarStore.OpenEmbeddedCsv();
        var lines = csv.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("date,kind,name,source", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(rows.Count, CalendarStore.EmbeddedDays().Count);
        Assert.All(rows, r =>
        {
            Assert.Contains(r[1], new[] { "holiday", "workday" });
            Assert.Equal(r[1] == "workday", Calendar.IsWorkingDay(D(r[0])));
            Assert.False(string.IsNullOrWhiteSpace(r[3]));
        });
        Assert.Equal(new[] { 2025, 2026 }, Calendar.Years);
    }

    [Fact]
    public void AddWorkingDays_MatchesCountingDayByDay()
    {
        // The fast path jumps over whole weeks; it must agree with the definition on every date around the schedules.
        for (var start = D("2024-12-01"); start <= D("2027-01-31"); start = start.AddDays(1))
        {
            var date = start;
            for (var days = 0; days <= 45; days++)
            {
                if (days > 0) do date = date.AddDays(1); while (!Calendar.IsWorkingDay(date));
                var due = Calendar.AddWorkingDays(start, days);
                Assert.True(date == due, $"{start:yyyy-MM-dd} + {days}: expected {date:yyyy-MM-dd}, got {due:yyyy-MM-dd}");
                Assert.Equal(days, Calendar.WorkingDaysBetween(start, due));
            }
        }
    }

    [Fact]
    public void WorkingDaysBetween_MatchesCountingDayByDay()
    {
        var from = D("2024-12-25");
        var count = 0;
        for (var to = from; to <= D("2027-01-10"); to = to.AddDays(1))
        {
            if (to > from && Calendar.IsWorkingDay(to)) count++;
            Assert.Equal(count, Calendar.WorkingDaysBetween(from, to));
        }
    }

    [Fact]
    public void YearWithoutSchedule_CountsThePlainWeek()
    {
        // 2027 is published in November 2026; until an administrator enters it, only the week applies.
        Assert.True(Calendar.IsWorkingDay(D("2027-01-01")));
        Assert.Equal(D("2027-01-04"), Calendar.AddWorkingDays(D("2027-01-01"), 1));
        Assert.Equal(261, Calendar.WorkingDaysBetween(D("2026-12-31"), D("2027-12-31")));
    }

    [Fact]
    public void AddWorkingDays_WhenNegative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2025-01-24"), -1));

    [Fact]
    public void Constructor_RefusesARepeatedDateOrUnknownKind()
    {
        CalendarDay Day(string date, string kind) => new() { Date = D(date), Kind = kind, Name = "x", Source = "y" };
        Assert.Throws<ArgumentException>(() => new WorkingCalendar([Day("2025-10-01", "holiday"), Day("2025-10-01", "workday")]));
        Assert.Throws<ArgumentException>(() => new WorkingCalendar([Day("2025-10-01", "rest")]));
    }

    [Theory]
    [InlineData("2025-10-01,holiday,国庆节", 1)] // three columns
    [InlineData("date,kind,name,source\n2025-10-01,holiday,国庆节,通知\n2025-13-01,holiday,国庆节,通知", 3)] // no such month
    [InlineData("2025-10-09,workday,调休,通知", 1)] // a Thursday is already work
    [InlineData("2025-10-01,holiday,国庆节,通知\n2025-10-01,holiday,国庆节,通知", 2)]
    public void FromCsv_RefusesABadLine_NamingIt(string csv, int line)
    {
        var e = Assert.Throws<FormatException>(() => WorkingCalendar.FromCsv(new StringReader(csv)));
        Assert.Contains($"line {line}:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCsv_HeaderIsOptional()
    {
        var calendar = WorkingCalendar.FromCsv(new StringReader("\uFEFF2025-10-11,workday,国庆节调休上班,通知\n\n"));
        Assert.True(calendar.IsWorkingDay(D("2025-10-11")));
    }
}
