using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Calendar;

/// <summary>A year's exception rows, its resulting number of working days, and the years that have rows at all.</summary>
public sealed record CalendarYear(int Year, IReadOnlyList<CalendarDay> Days, int WorkingDays, IReadOnlyList<int> YearsWithRows)
{
    /// <summary>No row: the State Council schedule for the year has not been entered, so deadlines count the plain week.</summary>
    public bool Missing => Days.Count == 0;
}

/// <summary>The holidays and make-up workdays of one year, in date order. Not personal data: any signed-in user may read it.</summary>
public sealed class ListCalendarHandler(AppDbContext db)
{
    public async Task<Result<CalendarYear>> HandleAsync(int year, CancellationToken ct = default)
    {
        if (year is < CalendarDay.FirstYear or > CalendarDay.LastYear) return Result<CalendarYear>.From(Result.Invalid("year", "年度应在2000年至2099年之间"));
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= first && d.Date <= last).OrderBy(d => d.Date).ToListAsync(ct);
        var dates = await db.CalendarDays.Select(d => d.Date).ToListAsync(ct);
        var years = dates.Select(d => d.Year).Distinct().Order().ToList();
        // A year's rows decide that year alone, so its own rows give its working-day total (the notices' 全年工作日).
        var workingDays = new WorkingCalendar(days).WorkingDaysBetween(first.AddDays(-1), last);
        return new CalendarYear(year, days, workingDays, years);
    }
}
