namespace Shebao.Core.Modules.Calendar;

/// <summary>
/// An exception to the ordinary week: a public holiday (no work, even on a weekday) or a make-up workday
/// (调休, work even on a weekend). A date without a row follows the week: Monday to Friday work, weekend rest.
/// </summary>
public sealed class CalendarDay
{
    public const int MaxName = 40;
    public const int MaxSource = 200;

    // Dates outside this range are typing mistakes, not schedules.
    public const int FirstYear = 2000;
    public const int LastYear = 2099;

    public DateOnly Date { get; set; }

    /// <summary><see cref="CalendarDayKinds.Holiday"/> or <see cref="CalendarDayKinds.Workday"/>.</summary>
    public string Kind { get; set; } = CalendarDayKinds.Holiday;

    /// <summary>As the State Council notice names it: 春节, 国庆节调休上班...</summary>
    public string Name { get; set; } = "";

    /// <summary>The notice the date comes from (文号 and date), so every deadline can be traced to a document.</summary>
    public string Source { get; set; } = "";

    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

public static class CalendarDayKinds
{
    public const string Holiday = "holiday";
    public const string Workday = "workday";

    /// <summary>A command value only, never stored: the date goes back to the ordinary week (its row is deleted).</summary>
    public const string Normal = "normal";

    public static string Label(string kind) => kind switch
    {
        Holiday => "放假",
        Workday => "调休上班",
        Normal => "恢复正常",
        _ => kind,
    };

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
