using Microsoft.Extensions.DependencyInjection;

namespace Shebao.Core.Modules.Calendar;

internal static class CalendarSetup
{
    /// <summary>The cache is a singleton so one loaded calendar serves every request of this instance.</summary>
    public static IServiceCollection AddCalendar(this IServiceCollection s) =>
        s.AddSingleton<CalendarCache>().AddScoped<CalendarStore>()
            .AddScoped<ListCalendarHandler>().AddScoped<SaveCalendarDayHandler>().AddScoped<ImportCalendarHandler>();
}
