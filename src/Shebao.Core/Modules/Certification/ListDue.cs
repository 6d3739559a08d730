using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Certification;

public sealed record DueQuery(string? OrgUnitCode = null, string? Scheme = null, string? Bucket = null, int Page = 1, int PageSize = 50);

public sealed record DueRow(Guid Id, Guid PersonId, string Name, string IdNumberMasked, string VillageCode, string VillageName, string Scheme, string SchemeLabel,
    string SubjectType, string SubjectTypeLabel, string BenefitItems, string? DeceasedWorkerName, string? Relationship,
    DateOnly? LastCertifiedAt, string? LastMethod, string? LastPlace, string DueMonth, DateOnly DueDate, string Bucket, string BucketLabel,
    string Status, string? PausedFrom);

/// <summary>{ items, total, page, pageSize } plus the count of each bucket for the tabs.</summary>
public sealed record DueList(IReadOnlyList<DueRow> Items, int Total, int Page, int PageSize, IReadOnlyDictionary<string, int> Counts, string Month);

/// <summary>
/// The village's work list (上门认证 planning): due this month, due next month, overdue, paused for not certifying,
/// within the caller's scope (a reviewer: their centre's scheme only); optionally one township or village.
/// </summary>
public sealed class ListDueHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, AuditTrail audit, TimeProvider clock)
{
    public const int MaxExportRows = 20000;

    public async Task<Result<DueList>> HandleAsync(DueQuery q, CancellationToken ct = default)
    {
        var filtered = await FilterAsync(q, ct);
        if (!filtered.IsSuccess) return Result<DueList>.From(filtered);
        var (rows, today) = filtered.Value!;
        var counts = new Dictionary<string, int>();
        foreach (var bucket in DueBuckets.Listed) counts[bucket] = await InBucket(rows, bucket, today).CountAsync(ct);
        var listed = InBucket(rows, q.Bucket, today);
        var pageSize = Math.Clamp(q.PageSize, 1, 200);
        var page = Math.Max(1, q.Page);
        var total = await listed.CountAsync(ct);
        var items = await Order(listed).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new DueList(await ToRowsAsync(items, today, ct), total, page, pageSize, counts, YearMonth.Of(today).ToString());
    }

    /// <summary>The same list as an .xlsx for printing and home-visit planning; audited (it lists people).</summary>
    public async Task<Result<byte[]>> ExportAsync(DueQuery q, CancellationToken ct = default)
    {
        var filtered = await FilterAsync(q, ct);
        if (!filtered.IsSuccess) return Result<byte[]>.From(filtered);
        var (rows, today) = filtered.Value!;
        var items = await ToRowsAsync(await Order(InBucket(rows, q.Bucket, today)).Take(MaxExportRows).ToListAsync(ct), today, ct);
        var sheet = items.Select((r, i) => new Dictionary<string, object?>
        {
            ["序号"] = i + 1, ["村（社区）"] = r.VillageName, ["姓名"] = r.Name, ["身份证号码"] = r.IdNumberMasked, ["险种"] = r.SchemeLabel,
            ["对象类型"] = r.SubjectTypeLabel, ["待遇项目"] = r.BenefitItems, ["关联工亡职工"] = r.DeceasedWorkerName, ["关系"] = r.Relationship,
            ["上次认证"] = r.LastCertifiedAt?.ToString("yyyy-MM-dd"), ["认证方式"] = CertificationMethods.Label(r.LastMethod), ["认证地点"] = r.LastPlace,
            ["应认证年月"] = r.DueMonth, ["状态"] = r.BucketLabel, ["暂停年月"] = r.PausedFrom, ["上门认证日期"] = "", ["经办人签字"] = "",
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "待认证人员", cancellationToken: ct);
        audit.Record("certification.due.export", "certification", null, reason: $"rows={items.Count} bucket={q.Bucket ?? "all"} org={q.OrgUnitCode ?? "-"}");
        await db.SaveChangesAsync(ct);
        return stream.ToArray();
    }

    private async Task<Result<(IQueryable<Beneficiary> Rows, DateOnly Today)>> FilterAsync(DueQuery q, CancellationToken ct)
    {
        if (q.Bucket is { Length: > 0 } b && !DueBuckets.Listed.Contains(b))
            return Result<(IQueryable<Beneficiary>, DateOnly)>.From(Result.Invalid("bucket", "清单类型只能是 due-this-month、due-next-month、overdue 或 paused"));
        if (q.Scheme is { Length: > 0 } s && s is not (Schemes.EmployeePension or Schemes.WorkInjury))
            return Result<(IQueryable<Beneficiary>, DateOnly)>.From(Result.Invalid("scheme", "险种只能是 employee-pension 或 work-injury"));
        var scope = await currentScope.GetAsync(ct);
        var rows = db.Set<Beneficiary>().AsNoTracking().VisibleTo(user, scope);
        if (q.OrgUnitCode is { Length: > 0 } code && code != OrgTree.DistrictCode)
        {
            var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, ct);
            if (unit is null || unit.Kind is not (OrgKinds.Township or OrgKinds.Village) || !scope.Covers(unit.Path))
                return Result<(IQueryable<Beneficiary>, DateOnly)>.From(Result.NotFound());
            rows = rows.Where(x => x.OrgPath.StartsWith(unit.Path));
        }
        if (q.Scheme is { Length: > 0 }) rows = rows.Where(x => x.Scheme == q.Scheme);
        return (rows, clock.TodayInChina());
    }

    internal static IQueryable<Beneficiary> InBucket(IQueryable<Beneficiary> rows, string? bucket, DateOnly today)
    {
        var month = YearMonth.Of(today).ToString();
        var next = YearMonth.Of(today).AddMonths(1).ToString();
        return bucket switch
        {
            DueBuckets.Overdue => rows.Where(x => x.Status == BenefitStatuses.Active && string.Compare(x.NextDueMonth, month) < 0),
            DueBuckets.DueThisMonth => rows.Where(x => x.Status == BenefitStatuses.Active && x.NextDueMonth == month),
            DueBuckets.DueNextMonth => rows.Where(x => x.Status == BenefitStatuses.Active && x.NextDueMonth == next),
            DueBuckets.Paused => rows.Where(x => x.Status == BenefitStatuses.Paused && x.PauseReason == PauseReasons.NotCertified),
            _ => rows.Where(x => (x.Status == BenefitStatuses.Active && string.Compare(x.NextDueMonth, next) <= 0)
                || (x.Status == BenefitStatuses.Paused && x.PauseReason == PauseReasons.NotCertified)),
        };
    }

    private static IQueryable<Beneficiary> Order(IQueryable<Beneficiary> rows) =>
        rows.OrderBy(x => x.VillageCode).ThenBy(x => x.Status).ThenBy(x => x.NextDueMonth).ThenBy(x => x.Name).ThenBy(x => x.Id);

    private async Task<IReadOnlyList<DueRow>> ToRowsAsync(IReadOnlyList<Beneficiary> items, DateOnly today, CancellationToken ct)
    {
        var codes = items.Select(i => i.VillageCode).Distinct().ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        return items.Select(b =>
        {
            var due = CertificationCycle.Month(b.NextDueMonth);
            var bucket = CertificationCycle.Bucket(b.Status, b.PauseReason, due, today);
            return new DueRow(b.Id, b.PersonId, b.Name, b.IdNumberMasked, b.VillageCode, names.GetValueOrDefault(b.VillageCode, b.VillageCode), b.Scheme, Schemes.Label(b.Scheme),
                b.SubjectType, SubjectTypes.Label(b.SubjectType), b.BenefitItems, b.DeceasedWorkerName, b.Relationship,
                b.LastCertifiedOn, b.LastMethod, b.LastPlace, b.NextDueMonth, CertificationCycle.Deadline(due), bucket, DueBuckets.Label(bucket), b.Status, b.PausedFrom);
        }).ToList();
    }
}
