using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Files;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cases;

public sealed record AttachmentFile(byte[] Content, string ContentType, string FileName);

/// <summary>A case's file, for whoever may see the case; the store re-checks the SHA-256, and every download is audited.</summary>
public sealed class GetCaseAttachmentHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, FileStore store, AuditTrail audit)
{
    public async Task<Result<AttachmentFile>> HandleAsync(Guid caseId, Guid attachmentId, bool thumbnail = false, CancellationToken ct = default)
    {
        var scope = await currentScope.GetAsync(ct);
        var visible = await db.Set<Case>().AsNoTracking().VisibleTo(user, scope).AnyAsync(x => x.Id == caseId, ct);
        var attachment = visible ? await db.Set<CaseAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == caseId, ct) : null;
        if (attachment is null) return Result<AttachmentFile>.From(Result.NotFound());
        var sha = thumbnail ? attachment.ThumbnailSha256 : attachment.Sha256;
        if (sha is null) return Result<AttachmentFile>.From(Result.NotFound());
        byte[]? content;
        try
        {
            content = await store.ReadAsync(sha, ct);
        }
        catch (TamperedFileException)
        {
            await audit.RecordNowAsync("case.attachment.tampered", "attachment", attachment.Id.ToString(), AuditResults.Failure, ct: ct);
            return Result<AttachmentFile>.From(Result.Conflict("文件校验失败：存储的文件已被改动，已记录并通知管理员"));
        }
        if (content is null) return Result<AttachmentFile>.From(Result.NotFound());
        if (!thumbnail)
        {
            audit.Record("case.attachment.download", "attachment", attachment.Id.ToString());
            await db.SaveChangesAsync(ct);
        }
        return new AttachmentFile(content, thumbnail ? "image/jpeg" : attachment.ContentType, attachment.FileName);
    }
}
