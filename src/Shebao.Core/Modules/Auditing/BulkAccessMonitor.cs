using System.ComponentModel.DataAnnotations;
using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Auditing;

/// <summary>Section "Audit" (bound by the host): how many distinct persons one user may look at in an hour before the auditor is alerted.</summary>
public sealed class BulkAccessOptions
{
    public const string Section = "Audit";
    public const int Default = 200;

    [Range(1, int.MaxValue)]
    public int DistinctPersonsPerHour { get; set; } = Default;
}

/// <summary>
/// Bulk-query alert (security-reliability.md B8): after a handler has saved the audit row of a person access,
/// counts the distinct persons the acting user queried, printed or revealed in the last 60 minutes (from the
/// audit trail, so every instance sees the same count). Above the threshold it writes one
/// <c>alert.bulk-access</c> row per user and hour, which the auditor's page lists as 异常查询告警.
/// </summary>
public sealed class BulkAccessMonitor(AppDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock, BulkAccessOptions options)
{
    public const string AlertAction = "alert.bulk-access";

    /// <summary>The audit actions that count as looking at one person's data.</summary>
    public static readonly IReadOnlyList<string> PersonAccessActions = ["query.run", "query.print", "query.export", "person.reveal"];

    public async Task NoteAsync(CancellationToken ct)
    {
        var userName = user.UserName;
        if (userName is null) return;
        var since = clock.GetUtcNow().UtcDateTime.AddHours(-1);
        var distinct = await db.AuditEntries.AsNoTracking()
            .Where(a => a.UserName == userName && a.At >= since && a.ObjectType == "person" && a.Result == AuditResults.Success && PersonAccessActions.Contains(a.Action))
            .Select(a => a.ObjectId).Distinct().CountAsync(ct);
        if (distinct <= options.DistinctPersonsPerHour) return;
        var alerted = await db.AuditEntries.AsNoTracking()
            .AnyAsync(a => a.Action == AlertAction && a.ObjectType == "user" && a.ObjectId == userName && a.At >= since, ct);
        if (alerted) return;
        await audit.RecordNowAsync(AlertAction, "user", userName, reason: $"1小时内查询了{distinct}名不同人员，超过阈值{options.DistinctPersonsPerHour}", ct: ct);
    }
}
