using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cases;

public sealed record ArchiveLedgerRow(string Number, string ItemCode, string ItemName, string PersonName, string OrgUnitName, string ArchiveNo, DateTime ArchivedAt, string ArchivedBy, int Files);

public sealed record ArchiveLedgerQuery(DateOnly? From, DateOnly? To);

/// <summary>归档台账: the cases whose paper files were archived in a period, in the user's area (China dates).</summary>
public sealed class ArchiveLedgerHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, ServiceCatalogue catalogue, TimeProvider clock)
{
    public const int MaxRows = 2000;

    public async Task<Result<IReadOnlyList<ArchiveLedgerRow>>> HandleAsync(ArchiveLedgerQuery q, CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        var from = q.From ?? new DateOnly(today.Year, today.Month, 1);
        var to = q.To ?? today;
        if (from > to) return Result<IReadOnlyList<ArchiveLedgerRow>>.From(Result.Invalid("to", "结束日期不能早于开始日期"));
        if (to.DayNumber - from.DayNumber > 366) return Result<IReadOnlyList<ArchiveLedgerRow>>.From(Result.Invalid("from", "一次最多查询一年"));
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
        var scope = await currentScope.GetAsync(ct);
        var rows = await db.Set<Case>().AsNoTracking().VisibleTo(user, scope).Where(c => c.ArchiveNo != null)
            .Join(db.Set<CaseHistoryEntry>().Where(h => h.Action == CaseActions.Archive && h.At >= start && h.At < end), c => c.Id, h => h.CaseId,
                (c, h) => new { c.Id, c.Number, c.ItemCode, c.PersonName, c.OrgUnitCode, c.ArchiveNo, h.At, h.By })
            .Take(MaxRows).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var files = await db.Set<CaseAttachment>().AsNoTracking().Where(a => ids.Contains(a.CaseId)).GroupBy(a => a.CaseId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var codes = rows.Select(r => r.OrgUnitCode).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        return rows.OrderBy(r => r.At).Select(r => new ArchiveLedgerRow(r.Number, r.ItemCode, catalogue.Find(r.ItemCode)?.Name ?? r.ItemCode,
            Masking.Name(r.PersonName), units.GetValueOrDefault(r.OrgUnitCode, r.OrgUnitCode), r.ArchiveNo!, r.At, r.By, files.GetValueOrDefault(r.Id))).ToList();
    }
}
