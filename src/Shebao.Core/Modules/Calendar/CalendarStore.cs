using System.Text;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Calendar;

/// <summary>
/// The calendar rows as a <see cref="WorkingCalendar"/>. Every edit adds a row, deletes one or moves UpdatedAt
/// forward, so (row count, latest UpdatedAt) tells whether the cached calendar is current, on every instance
/// sharing the database, for the price of one aggregate query.
/// </summary>
public sealed class CalendarStore(AppDbContext db, CalendarCache cache)
{
    public const string ResourceName = "Shebao.holidays-cn.csv";

    public async Task<WorkingCalendar> LoadAsync(CancellationToken ct = default)
    {
        var stamp = await db.CalendarDays.GroupBy(_ => 1)
            .Select(g => new CalendarCache.Stamp(g.Count(), g.Max(d => d.UpdatedAt)))
            .SingleOrDefaultAsync(ct) ?? CalendarCache.Stamp.Empty;
        if (cache.Current is { } current && current.Version == stamp) return current.Calendar;
        var calendar = new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
        cache.Current = new CalendarCache.Snapshot(stamp, calendar);
        return calendar;
    }

    /// <summary>
    /// Adds the embedded schedule of every year the table has no row of yet. A year already present is left as the
    /// administrators keep it: re-adding single rows would undo a date they deliberately set back to normal.
    /// </summary>
    public static async Task SeedAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct = default)
    {
        var stored = await db.CalendarDays.Select(d => d.Date).ToListAsync(ct);
        var storedYears = stored.Select(d => d.Year).ToHashSet();
        var added = 0;
        foreach (var day in EmbeddedDays().Where(d => !storedYears.Contains(d.Date.Year)))
        {
            day.UpdatedAt = nowUtc;
            day.UpdatedBy = "seed";
            db.CalendarDays.Add(day);
            added++;
        }
        if (added > 0) await db.SaveChangesAsync(ct);
    }

    /// <summary>The official schedules shipped with this version (holidays-cn.csv).</summary>
    public static IReadOnlyList<CalendarDay> EmbeddedDays()
    {
        using var csv = OpenEmbeddedCsv();
        return CalendarCsv.ReadAll(csv);
    }

    public static TextReader OpenEmbeddedCsv()
    {
        var stream = typeof(CalendarStore).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"holidays-cn.csv is not embedded: Shebao.Core.csproj needs <EmbeddedResource Include=\"Modules\\Calendar\\holidays-cn.csv\" LogicalName=\"{ResourceName}\" />");
        return new StreamReader(stream, Encoding.UTF8);
    }
}

/// <summary>The last loaded calendar, shared by all requests of this instance (swapping a reference is atomic).</summary>
public sealed class CalendarCache
{
    public sealed record Stamp(int Count, DateTime LastUpdate)
    {
        public static Stamp Empty { get; } = new(0, DateTime.MinValue);
    }

    public sealed record Snapshot(Stamp Version, WorkingCalendar Calendar);

    public Snapshot? Current { get; set; }
}
