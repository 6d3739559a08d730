using Shebao.Core.Modules.Calendar;

namespace Shebao.Core.Modules.Cases;

/// <summary>
/// The 办理时限 clock: starts at acceptance, counts working days on the holiday/调休 calendar (or calendar days
/// when the item says so), pauses while the case waits for the applicant, and resumes with what is left.
/// </summary>
internal static class CaseDeadlines
{
    public const int DueSoonWorkingDays = 2;

    public static void Start(Case c, ServiceItems.TimeLimit? limit, DateOnly acceptedOn, WorkingCalendar calendar)
    {
        c.TimeLimitDays = limit?.Days;
        c.TimeLimitKind = limit?.Kind;
        c.DaysUsedBeforePause = 0;
        c.ClockStartedOn = limit is null ? null : acceptedOn;
        c.DueDate = limit is null ? null : Add(c, acceptedOn, limit.Days, calendar);
    }

    public static void Pause(Case c, DateOnly today, WorkingCalendar calendar)
    {
        if (c.ClockStartedOn is not { } started) return;
        c.DaysUsedBeforePause += Between(c, started, today, calendar);
        c.ClockStartedOn = null;
        c.DueDate = null;
    }

    public static void Resume(Case c, DateOnly today, WorkingCalendar calendar)
    {
        if (c.TimeLimitDays is not { } days) return;
        c.ClockStartedOn = today;
        c.DueDate = Add(c, today, Math.Max(0, days - c.DaysUsedBeforePause), calendar);
    }

    public static bool IsOverdue(Case c, DateOnly today) => CaseStatuses.IsOpen(c.Status) && c.DueDate is { } due && due < today;

    public static bool IsDueSoon(Case c, DateOnly today, WorkingCalendar calendar) =>
        CaseStatuses.IsOpen(c.Status) && c.DueDate is { } due && due >= today && calendar.WorkingDaysBetween(today, due) <= DueSoonWorkingDays;

    private static DateOnly Add(Case c, DateOnly from, int days, WorkingCalendar calendar) =>
        c.TimeLimitKind == "calendar" ? from.AddDays(days) : calendar.AddWorkingDays(from, days);

    private static int Between(Case c, DateOnly from, DateOnly to, WorkingCalendar calendar) =>
        c.TimeLimitKind == "calendar" ? Math.Max(0, to.DayNumber - from.DayNumber) : calendar.WorkingDaysBetween(from, to);
}
