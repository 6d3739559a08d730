namespace Shebao.Core.Modules.Calendar;

/// <summary>
/// Working days on the ordinary week (Monday to Friday) corrected by the holiday and make-up workday rows.
/// Pure and immutable, so one instance serves every request; counting is arithmetic on day numbers plus a
/// binary search over the few exceptions, with no allocation per call.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> holidays = [];
    private readonly HashSet<DateOnly> workdays = [];

    // Only these two change a count: a holiday on a weekend or a workday on a weekday is already the week's rule.
    private readonly int[] lostWeekdays;
    private readonly int[] extraWeekendDays;

    public WorkingCalendar(IEnumerable<CalendarDay> exceptions)
    {
        var lost = new List<int>();
        var extra = new List<int>();
        foreach (var day in exceptions)
        {
            if (holidays.Contains(day.Date) || workdays.Contains(day.Date))
                throw new ArgumentException($"Date {day.Date:yyyy-MM-dd} appears twice.", nameof(exceptions));
            var weekend = CalendarDayKinds.IsWeekend(day.Date);
            switch (day.Kind)
            {
                case CalendarDayKinds.Holiday:
                    holidays.Add(day.Date);
                    if (!weekend) lost.Add(day.Date.DayNumber);
                    break;
                case CalendarDayKinds.Workday:
                    workdays.Add(day.Date);
                    if (weekend) extra.Add(day.Date.DayNumber);
                    break;
                default:
                    throw new ArgumentException($"Date {day.Date:yyyy-MM-dd} has unknown kind '{day.Kind}'.", nameof(exceptions));
            }
        }
        lostWeekdays = [.. lost.Order()];
        extraWeekendDays = [.. extra.Order()];
        Years = holidays.Concat(workdays).Select(d => d.Year).Distinct().Order().ToArray();
    }

    /// <summary>The calendar of the embedded-format CSV (<c>date,kind,name,source</c>); a bad line throws, naming it.</summary>
    public static WorkingCalendar FromCsv(TextReader csv) => new(CalendarCsv.ReadAll(csv));

    /// <summary>Years with at least one exception row; for other years the count is the plain week, which may be wrong.</summary>
    public IReadOnlyList<int> Years { get; }

    public bool IsWorkingDay(DateOnly date)
    {
        if (holidays.Contains(date)) return false;
        if (workdays.Contains(date)) return true;
        return !CalendarDayKinds.IsWeekend(date);
    }

    /// <summary>Due date: the start day never counts, day 1 is the first working day after it (0 days = the start day itself).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0) return start;
        var from = start;
        var left = days;
        while (true)
        {
            // Jump as if there were no exceptions, then count what the stretch really holds.
            var candidate = DateOnly.FromDayNumber(NthWeekdayAfter(from.DayNumber, left));
            var found = WorkingDaysBetween(from, candidate);
            if (found < left)
            {
                from = candidate;
                left -= found;
                continue;
            }
            // Enough, or more thanks to make-up weekend days: walk back to the working day that is exactly the last one needed.
            var surplus = found - left;
            var date = candidate;
            while (true)
            {
                if (IsWorkingDay(date))
                {
                    if (surplus == 0) return date;
                    surplus--;
                }
                date = date.AddDays(-1);
            }
        }
    }

    /// <summary>Working days in (from, to]: the elapsed count of a case accepted on <paramref name="fromExclusive"/>.</summary>
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive <= fromExclusive) return 0;
        int a = fromExclusive.DayNumber, b = toInclusive.DayNumber;
        return WeekdaysBefore(b + 1) - WeekdaysBefore(a + 1)
            - (CountUpTo(lostWeekdays, b) - CountUpTo(lostWeekdays, a))
            + (CountUpTo(extraWeekendDays, b) - CountUpTo(extraWeekendDays, a));
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    // Day number 0 (0001-01-01) is a Monday, so a day's place in its week is dayNumber % 7 (0 = Monday).
    private static int WeekdaysBefore(int dayNumber) => dayNumber / 7 * 5 + Math.Min(dayNumber % 7, 5);

    private static int NthWeekdayAfter(int dayNumber, int n)
    {
        var t = WeekdaysBefore(dayNumber + 1) + n; // the t-th weekday since day 0, 1-based
        return (t - 1) / 5 * 7 + (t - 1) % 5;
    }

    /// <summary>How many of the sorted values are at most <paramref name="value"/>.</summary>
    private static int CountUpTo(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
