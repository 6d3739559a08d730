using Shebao.Core.Platform.Security;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Files;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Calendar;

public sealed record CalendarImportLineError(int Line, string Message);

public sealed record CalendarImportReport(int Added, int Updated, int Unchanged, IReadOnlyList<CalendarImportLineError> Errors)
{
    public bool Applied => Errors.Count == 0;
}

/// <summary>
/// Imports a State Council schedule as CSV <c>date,kind,name,source</c> (header optional, UTF-8), the format of
/// the embedded seed. Every line is checked first; one bad line and nothing of the file is applied. A date already
/// in the table takes the file's kind, name and source; dates not in the file are left alone.
/// </summary>
public sealed class ImportCalendarHandler(AppDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
{
    public const int MaxLines = 2000;

    public async Task<Result<CalendarImportReport>> HandleAsync(TextReader csv, CancellationToken ct = default)
    {
        if (!user.IsInRole(RoleNames.DistrictAdmin)) return Result<CalendarImportReport>.From(Result.Forbidden("只有区级系统管理员可以修改节假日安排"));
        var errors = new List<CalendarImportLineError>();
        var planned = new Dictionary<DateOnly, (CalendarDay Day, int Line)>();
        var (table, csvError) = await CsvTable.ReadAsync(csv, CalendarCsv.Format, ct);
        if (csvError is not null) return new CalendarImportReport(0, 0, 0, [new(csvError.Line, csvError.Message)]);
        foreach (var row in table!.Rows)
        {
            var error = CalendarCsv.Parse(row, out var day);
            if (error is null && planned.TryGetValue(day.Date, out var earlier)) error = $"日期 {day.Date:yyyy-MM-dd} 与第{earlier.Line}行重复";
            if (error is not null) { errors.Add(new(row.Line, error)); continue; }
            planned[day.Date] = (day, row.Line);
        }
        if (planned.Count == 0 && errors.Count == 0) errors.Add(new(Math.Max(table.Lines, 1), "文件为空"));
        if (errors.Count > 0) return new CalendarImportReport(0, 0, 0, errors);

        var existing = await db.CalendarDays.ToDictionaryAsync(d => d.Date, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.UserName ?? "";
        int added = 0, updated = 0, unchanged = 0;
        foreach (var (date, (day, _)) in planned)
        {
            if (existing.TryGetValue(date, out var row))
            {
                if (row.Kind == day.Kind && row.Name == day.Name && row.Source == day.Source) { unchanged++; continue; }
                (row.Kind, row.Name, row.Source, row.UpdatedAt, row.UpdatedBy) = (day.Kind, day.Name, day.Source, now, by);
                updated++;
                continue;
            }
            day.UpdatedAt = now;
            day.UpdatedBy = by;
            db.CalendarDays.Add(day);
            added++;
        }
        var range = $"{planned.Keys.Min():yyyy-MM-dd}..{planned.Keys.Max():yyyy-MM-dd}";
        audit.Record("calendar.import", "calendar", null, reason: $"{range} added={added},updated={updated},unchanged={unchanged}");
        await db.SaveChangesAsync(ct);
        return new CalendarImportReport(added, updated, unchanged, []);
    }
}

/// <summary>The one reader of the <c>date,kind,name,source</c> format, so the seed, the import and the tests share its rules.</summary>
internal static class CalendarCsv
{
    public const string Columns = "date,kind,name,source";
    public static readonly CsvFormat Format = CsvFormat.Of(Columns, CsvHeader.Optional, ImportCalendarHandler.MaxLines);

    /// <summary>Null when the row is valid (then <paramref name="day"/> holds it), else the zh-CN problem.</summary>
    public static string? Parse(CsvRow row, out CalendarDay day)
    {
        day = new CalendarDay();
        if (row.Width != 4) return $"应有4列（{Columns}），实际{row.Width}列；名称或依据中有英文逗号时请用英文双引号括起";
        var (text, kind, name, source) = (row[0], row[1], row[2], row[3]);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return text.Length == 10 && text[4] == '-' && text[7] == '-' && text.Remove(7, 1).Remove(4, 1).All(char.IsAsciiDigit)
                ? $"日期“{text}”不存在"
                : $"日期“{text}”格式应为 yyyy-MM-dd，如 2025-10-01";
        if (date.Year is < CalendarDay.FirstYear or > CalendarDay.LastYear) return $"日期应在{CalendarDay.FirstYear}年至{CalendarDay.LastYear}年之间";
        if (kind is not (CalendarDayKinds.Holiday or CalendarDayKinds.Workday)) return $"类型“{kind}”无效，只能是 holiday（放假）或 workday（调休上班）";
        if (name.Length is 0 or > CalendarDay.MaxName) return $"名称不能为空，且最多{CalendarDay.MaxName}个字";
        if (source.Length is 0 or > CalendarDay.MaxSource) return $"依据不能为空，且最多{CalendarDay.MaxSource}个字";
        // A holiday on a weekend is accepted: the notices list the whole break, and it changes nothing.
        if (kind == CalendarDayKinds.Workday && !CalendarDayKinds.IsWeekend(date)) return $"{date:yyyy-MM-dd} 是周一至周五，本来就上班，不能标为调休上班";
        day = new CalendarDay { Date = date, Kind = kind, Name = name, Source = source };
        return null;
    }

    /// <summary>Every row of a trusted file (the embedded seed); a bad or repeated line is a bug and throws, naming it.</summary>
    public static IReadOnlyList<CalendarDay> ReadAll(TextReader csv)
    {
        var (table, csvError) = CsvTable.Read(csv, Format with { MaxLines = int.MaxValue });
        if (csvError is not null) throw new FormatException($"Calendar CSV line {csvError.Line}: {csvError.Message}");
        var days = new List<CalendarDay>();
        var seen = new HashSet<DateOnly>();
        foreach (var row in table!.Rows)
        {
            if (Parse(row, out var day) is { } error) throw new FormatException($"Calendar CSV line {row.Line}: {error}");
            if (!seen.Add(day.Date)) throw new FormatException($"Calendar CSV line {row.Line}: {day.Date:yyyy-MM-dd} appears twice");
            days.Add(day);
        }
        return days;
    }
}
