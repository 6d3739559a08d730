using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Calendar;

/// <summary>Sets one date: <c>holiday</c>, <c>workday</c> (调休) or <c>normal</c> (back to the ordinary week).</summary>
public sealed record SaveCalendarDayCommand(DateOnly? Date, string? Kind, string? Name, string? Source);

/// <summary>
/// Adds, changes or (for <c>normal</c>) deletes the exception row of a date. Only exceptions that change the count
/// are accepted, so the table says exactly which days differ from the week. District administrators only.
/// </summary>
public sealed class SaveCalendarDayHandler(AppDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result> HandleAsync(SaveCalendarDayCommand c, CancellationToken ct = default)
    {
        if (!user.IsInRole(RoleNames.DistrictAdmin)) return Result.Forbidden("只有区级系统管理员可以修改节假日安排");
        var kind = c.Kind?.Trim() ?? "";
        var name = c.Name?.Trim() ?? "";
        var source = c.Source?.Trim() ?? "";

        var errors = new FieldErrors();
        if (c.Date is not { } date) errors.Add("date", "请填写日期");
        else if (date.Year is < CalendarDay.FirstYear or > CalendarDay.LastYear) errors.Add("date", "日期应在2000年至2099年之间");
        else if (kind == CalendarDayKinds.Workday && !CalendarDayKinds.IsWeekend(date)) errors.Add("kind", "该日期是周一至周五，本来就上班，无需设为调休上班");
        else if (kind == CalendarDayKinds.Holiday && CalendarDayKinds.IsWeekend(date)) errors.Add("kind", "该日期是周六或周日，本来就休息，无需设为放假");
        if (kind is not (CalendarDayKinds.Holiday or CalendarDayKinds.Workday or CalendarDayKinds.Normal)) errors.Add("kind", "请选择放假、调休上班或恢复正常");
        if (kind is CalendarDayKinds.Holiday or CalendarDayKinds.Workday)
        {
            if (name.Length == 0) errors.Add("name", "请填写名称，如 春节、国庆节调休上班");
            else if (name.Length > CalendarDay.MaxName) errors.Add("name", "名称最多40个字");
            if (source.Length == 0) errors.Add("source", "请填写依据（通知文号）");
            else if (source.Length > CalendarDay.MaxSource) errors.Add("source", "依据最多200字");
        }
        if (errors.Any) return errors.ToResult();

        var day = c.Date!.Value;
        var row = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == day, ct);
        var before = row is null ? "none" : $"{row.Kind} {row.Name}";
        if (kind == CalendarDayKinds.Normal)
        {
            if (row is null) return Result.Invalid("kind", "该日期没有放假或调休安排，本来就按正常周历计算");
            db.CalendarDays.Remove(row);
        }
        else
        {
            if (row is null) db.CalendarDays.Add(row = new CalendarDay { Date = day });
            row.Kind = kind;
            row.Name = name;
            row.Source = source;
            row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            row.UpdatedBy = user.UserName ?? "";
        }
        audit.Record("calendar.day", "calendar", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            fields: ["kind", "name", "source"], reason: $"{before} -> {kind} {name} {source}".TrimEnd());
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
