using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Auditing;

public sealed record SearchAuditQuery(DateOnly? From, DateOnly? To, string? UserName, string? Action, string? ObjectId, string? Result, int Page = 1, int PageSize = 50);

public sealed record AuditRow(long Seq, DateTime At, string? UserName, string? OrgUnitCode, string? Ip, string Action, string? ObjectType, string? ObjectId, string Result, string? Fields, string? Reason);


/// <summary>Only auditors read the trail (三权分立).</summary>
public sealed class SearchAuditHandler(AppDbContext db, ICurrentUser user)
{
    public async Task<Result<Paged<AuditRow>>> HandleAsync(SearchAuditQuery q, CancellationToken ct = default)
    {
        if (!user.IsInRole(RoleNames.Auditor)) return Result<Paged<AuditRow>>.From(Result.Forbidden("只有审计管理员可以查看审计日志"));
        var errors = new FieldErrors();
        if (q.From is { } f && q.To is { } t && f > t) errors.Add("to", "结束日期不能早于开始日期");
        if (q.Page < 1) errors.Add("page", "页码从1开始");
        if (q.PageSize is < 1 or > 200) errors.Add("pageSize", "每页条数应在1到200之间");
        if (errors.Any) return Result<Paged<AuditRow>>.From(errors.ToResult());

        var rows = db.AuditEntries.AsNoTracking();
        // Dates are China business dates; the trail stores UTC.
        if (q.From is { } from) rows = rows.Where(a => a.At >= from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8));
        if (q.To is { } to) rows = rows.Where(a => a.At < to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8));
        if (!string.IsNullOrWhiteSpace(q.UserName)) rows = rows.Where(a => a.UserName == q.UserName.Trim());
        if (!string.IsNullOrWhiteSpace(q.Action)) rows = rows.Where(a => a.Action.StartsWith(q.Action.Trim()));
        if (!string.IsNullOrWhiteSpace(q.ObjectId)) rows = rows.Where(a => a.ObjectId == q.ObjectId.Trim());
        if (!string.IsNullOrWhiteSpace(q.Result)) rows = rows.Where(a => a.Result == q.Result);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(a => a.Seq).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .Select(a => new AuditRow(a.Seq, a.At, a.UserName, a.OrgUnitCode, a.Ip, a.Action, a.ObjectType, a.ObjectId, a.Result, a.Fields, a.Reason))
            .ToListAsync(ct);
        return new Paged<AuditRow>(items, total, q.Page, q.PageSize);
    }
}
