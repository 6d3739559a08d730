namespace Shebao.Core.Platform.Clock;

public static class DateTimeExtensions
{
    /// <summary>Business "today" in China Standard Time (UTC+8, no DST), from an injected clock.</summary>
    public static DateOnly TodayInChina(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8));
}
