using System.Reflection;
using Shebao.Core.Modules.Calendar;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.ServiceItems;

namespace Shebao.Tests.Modules.Cases;

public sealed class CaseDeadlineTests
{
    private static readonly WorkingCalendar Calendar = Load();
    private static readonly DateTime At = new(2026, 3, 5, 2, 0, 0, DateTimeKind.Utc);

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
        var c = Case.InStatus(CaseStatuses.Accepted);
        CaseDeadlines.Start(c, new TimeLimit(10, "working"), new DateOnly(2025, 1, 24), Calendar);
        Assert.Equal(new DateOnly(2025, 2, 13), c.DueDate);
    }

    [Fact]
    public void Return_PausesTheClock_AndResubmissionResumesWithWhatIsLeft()
    {
        var c = Case.InStatus(CaseStatuses.Accepted);
        CaseDeadlines.Start(c, new TimeLimit(10, "working"), new DateOnly(2026, 3, 2), Calendar); // Monday
        Assert.Equal(new DateOnly(2026, 3, 16), c.DueDate);
        Assert.True(c.Submit(CaseActor.AcceptingClerk, "clerk", At, null).IsSuccess);
        Assert.True(c.Return(CaseActor.CentreReviewer, "reviewer", At, "缺材料", ["ID_CARD"], ["ID_CARD"]).IsSuccess);
        CaseDeadlines.Pause(c, new DateOnly(2026, 3, 5), Calendar); // 3 working days used (3, 4, 5 March)
        Assert.Null(c.DueDate);
        Assert.Equal(3, c.DaysUsedBeforePause);
        Assert.False(CaseDeadlines.IsOverdue(c, new DateOnly(2026, 4, 30)));
        Assert.True(c.Resubmit(CaseActor.AcceptingClerk, "clerk", At, null).IsSuccess);
        CaseDeadlines.Resume(c, new DateOnly(2026, 3, 20), Calendar); // Friday; 7 left → 23 … 31 March
        Assert.Equal(new DateOnly(2026, 3, 31), c.DueDate);
        Assert.True(CaseDeadlines.IsOverdue(c, new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void NoStatutoryLimit_MeansNoDueDate()
    {
        var c = Case.InStatus(CaseStatuses.Accepted);
        CaseDeadlines.Start(c, null, new DateOnly(2026, 3, 2), Calendar);
        Assert.Null(c.DueDate);
        Assert.False(CaseDeadlines.IsOverdue(c, new DateOnly(2030, 1, 1)));
    }
}
