using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Calendar;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cases;

public sealed record ListCasesQuery(string? Status = null, string? ItemCode = null, string? OrgUnitCode = null, bool? Overdue = null, int Page = 1, int PageSize = 20);

/// <summary>
/// The worklist: cases the user may see, returned cases first, then the nearest deadline; overdue and
/// due-soon flagged. Names are masked in lists.
/// </summary>
public sealed class ListCasesHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, ServiceCatalogue catalogue, CalendarStore calendars, TimeProvider clock)
{
    public async Task<Result<Paged<CaseListItem>>> HandleAsync(ListCasesQuery q, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (q.Status is not null && !CaseStatuses.All.Contains(q.Status)) errors.Add("status", "状态无效");
        if (q.Page < 1) errors.Add("page", "页码从1开始");
        if (q.PageSize is < 1 or > 200) errors.Add("pageSize", "每页条数应在1到200之间");
        if (errors.Any) return Result<Paged<CaseListItem>>.From(errors.ToResult());

        var scope = await currentScope.GetAsync(ct);
        var today = clock.TodayInChina();
        var cases = db.Set<Case>().AsNoTracking().VisibleTo(user, scope);
        if (q.Status is not null) cases = cases.Where(c => c.Status == q.Status);
        if (!string.IsNullOrWhiteSpace(q.ItemCode))
        {
            var itemCode = q.ItemCode.Trim().ToUpperInvariant();
            cases = cases.Where(c => c.ItemCode == itemCode);
        }
        if (!string.IsNullOrWhiteSpace(q.OrgUnitCode))
        {
            var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(o => o.Code == q.OrgUnitCode, ct);
            if (unit is null) return Result<Paged<CaseListItem>>.From(Result.Invalid("orgUnitCode", "单位代码无效"));
            cases = cases.Where(c => c.OrgPath.StartsWith(unit.Path));
        }
        if (q.Overdue == true) cases = cases.Where(c => CaseStatuses.Open.Contains(c.Status) && c.DueDate != null && c.DueDate < today);

        var total = await cases.CountAsync(ct);
        var rows = await cases
            .OrderBy(c => c.Status == CaseStatuses.Returned ? 0 : CaseStatuses.Open.Contains(c.Status) ? 1 : 2)
            .ThenBy(c => c.DueDate == null).ThenBy(c => c.DueDate).ThenByDescending(c => c.AcceptedAt)
            .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .ToListAsync(ct);
        var codes = rows.Select(r => r.OrgUnitCode).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var calendar = await calendars.LoadAsync(ct);
        var items = rows.Select(c => new CaseListItem(c.Id, c.Number, c.ItemCode, catalogue.Find(c.ItemCode)?.Name ?? c.ItemCode,
            c.Status, Masking.Name(c.PersonName), c.OrgUnitCode, units.GetValueOrDefault(c.OrgUnitCode, c.OrgUnitCode), c.AcceptedAt, c.DueDate,
            CaseDeadlines.IsOverdue(c, today), CaseDeadlines.IsDueSoon(c, today, calendar), c.Version)).ToList();
        return new Paged<CaseListItem>(items, total, q.Page, q.PageSize);
    }
}
