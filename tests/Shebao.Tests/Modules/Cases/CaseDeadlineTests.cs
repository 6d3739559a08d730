using System.Reflection;
using Shebao.Core.Modules.Calendar;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.ServiceItems;

namespace Shebao.Tests.Modules.Cases;

public sealed class CaseDeadlineTests
{
    private static readonly WorkingCalendar Calendar = Load();

    private static WorkingCalendar Load()
    {
        using var stream = typeof(CaseWorkflow).Assembly.GetManifestResourceStream(CalendarStore.ResourceName)!;
        using var reader = new StreamReader(stream);
        return WorkingCalendar.FromCsv(reader);
    }

    [Fact]
    public void AcceptedBeforeSpringFestival_DueDateSkipsTheHolidaysAndCountsTheMakeUpDays()
    {
        // 2025-01-24 (Fri) + 10 working days: 26 (make-up Sunday), 27, [28 Jan – 4 Feb holiday], 5, 6, 7, 8 (make-up Saturday), 10, 11, 12, 13.
        var c = new Case { Status = CaseStatuses.Accepted };
        CaseDeadlines.Start(c, new TimeLimit(10, "working"), new DateOnly(2025, 1, 24), Calendar);
        Assert.Equal(new DateOnly(2025, 2, 13), c.DueDate);
    }

    [Fact]
    public void Return_PausesTheClock_AndResubmissionResumesWithWhatIsLeft()
    {
        var c = new Case { Status = CaseStatuses.Accepted };
        CaseDeadlines.Start(c, new TimeLimit(10, "working"), new DateOnly(2026, 3, 2), Calendar); // Monday
        Assert.Equal(new DateOnly(2026, 3, 16), c.DueDate);
        c.Status = CaseStatuses.Returned;
        CaseDeadlines.Pause(c, new DateOnly(2026, 3, 5), Calendar); // 3 working days used (3, 4, 5 March)
        Assert.Null(c.DueDate);
        Assert.Equal(3, c.DaysUsedBeforePause);
        Assert.False(CaseDeadlines.IsOverdue(c, new DateOnly(2026, 4, 30)));
        c.Status = CaseStatuses.Submitted;
        CaseDeadlines.Resume(c, new DateOnly(2026, 3, 20), Calendar); // Friday; 7 left → 23 … 31 March
        Assert.Equal(new DateOnly(2026, 3, 31), c.DueDate);
        Assert.True(CaseDeadlines.IsOverdue(c, new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void NoStatutoryLimit_MeansNoDueDate()
    {
        var c = new Case { Status = CaseStatuses.Accepted };
        CaseDeadlines.Start(c, null, new DateOnly(2026, 3, 2), Calendar);
        Assert.Null(c.DueDate);
        Assert.False(CaseDeadlines.IsOverdue(c, new DateOnly(2030, 1, 1)));
    }
}
