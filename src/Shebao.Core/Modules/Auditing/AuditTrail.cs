using Shebao.Core.Platform.Security;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Auditing;

/// <summary>
/// Adds an audit row to the current unit of work; it is chained and committed with the handler's
/// one SaveChangesAsync, so the action and its audit row stand or fall together (P2).
/// </summary>
public sealed class AuditTrail(AppDbContext db, ICurrentUser user, TimeProvider clock)
{
    public void Record(string action, string? objectType = null, string? objectId = null, string result = AuditResults.Success, IEnumerable<string>? fields = null, string? reason = null) =>
        db.AddAudit(Entry(action, objectType, objectId, result, user.UserName, fields, reason));

    /// <summary>For events with no business change of their own (failed logins, denied access).</summary>
    public async Task RecordNowAsync(string action, string? objectType = null, string? objectId = null, string result = AuditResults.Success, string? userName = null, string? reason = null, CancellationToken ct = default)
    {
        db.AddAudit(Entry(action, objectType, objectId, result, userName ?? user.UserName, null, reason));
        await db.SaveChangesAsync(ct);
    }

    private AuditEntry Entry(string action, string? objectType, string? objectId, string result, string? userName, IEnumerable<string>? fields, string? reason) => new()
    {
        At = Now(),
        UserName = userName,
        OrgUnitCode = user.OrgUnitCode,
        Ip = user.IpAddress,
        Action = action,
        ObjectType = objectType,
        ObjectId = objectId,
        Result = result,
        Fields = fields is null ? null : string.Join(',', fields),
        Reason = reason,
    };

    /// <summary>Whole microseconds: PostgreSQL keeps no finer, and the hash must survive the round trip.</summary>
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % 10));
    }
}
