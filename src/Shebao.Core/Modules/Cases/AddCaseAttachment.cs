using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Files;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cases;

public sealed record AddCaseAttachmentCommand(Guid CaseId, string? MaterialCode, string? FileName, Stream Content, long Length);

public sealed record CaseAttachmentView(Guid Id, string MaterialCode, string FileName, long Size, string Sha256, string ContentType, bool HasThumbnail,
    bool Superseded = false, DateTime? UploadedAt = null);

/// <summary>
/// A scan of one material, by the accepting clerk in the statuses the workflow table opens for files. The file is checked by
/// content and re-encoded, stored durably under its SHA-256 before the row that references it commits (P1).
/// </summary>
public sealed class AddCaseAttachmentHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, ServiceCatalogue catalogue,
    AttachmentInspector inspector, FileStore store, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<CaseAttachmentView>> HandleAsync(AddCaseAttachmentCommand c, CancellationToken ct = default)
    {
        var scope = await currentScope.GetAsync(ct);
        var found = await db.Set<Case>().AsNoTracking().VisibleTo(user, scope).SingleOrDefaultAsync(x => x.Id == c.CaseId, ct);
        if (found is null) return Result<CaseAttachmentView>.From(Result.NotFound());
        var actors = CaseAccess.ActorsFor(found, user);
        if (!actors.Contains(CaseActor.AcceptingClerk)) return Result<CaseAttachmentView>.From(Result.Forbidden("只有受理单位的经办人可以上传材料"));
        if (!CaseWorkflow.MayAttach(found.Status, actors))
            return Result<CaseAttachmentView>.From(Result.Conflict("办件已提交或已办结，不能再上传材料"));
        var item = catalogue.Find(found.ItemCode);
        if (item?.Materials.FirstOrDefault(m => m.Code == c.MaterialCode) is null)
            return Result<CaseAttachmentView>.From(Result.Invalid("materialCode", "请选择本事项材料清单中的材料"));
        if (c.Length > inspector.Policy.MaxBytes) return Result<CaseAttachmentView>.From(Result.TooLarge(inspector.TooLargeMessage));
        var count = await db.Set<CaseAttachment>().CountAsync(a => a.CaseId == found.Id, ct);
        if (!inspector.Policy.AllowsAnotherFile(count)) return Result<CaseAttachmentView>.From(Result.Invalid("file", inspector.Policy.TooManyFilesMessage));

        var inspection = await inspector.InspectAsync(c.Content, ct);
        if (!inspection.IsClean)
            return Result<CaseAttachmentView>.From(inspection.Rejection switch
            {
                AttachmentRejection.TooLarge => Result.TooLarge(inspection.Message!),
                AttachmentRejection.UnsupportedType => Result.UnsupportedType(inspection.Message!),
                _ => Result.Invalid("file", inspection.Message!),
            });
        var clean = inspection.Attachment!;
        var stored = await store.SaveAsync(clean.Content, ct);
        var thumbnail = clean.Thumbnail is null ? null : await store.SaveAsync(clean.Thumbnail, ct);
        var name = Path.GetFileName(c.FileName ?? "").Trim();
        if (name.Length == 0 || name.Length > 120) name = $"{c.MaterialCode}{clean.Extension}";
        var attachment = new CaseAttachment
        {
            Id = Guid.CreateVersion7(), CaseId = found.Id, MaterialCode = c.MaterialCode!, FileName = name, Sha256 = stored.Sha256, Size = stored.Size,
            ContentType = clean.ContentType, ThumbnailSha256 = thumbnail?.Sha256, UploadedBy = user.UserName ?? "", UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(attachment);
        await SupersedeAsync(found, attachment.MaterialCode, attachment.UploadedAt, ct);
        audit.Record("case.attach", "case", found.Id.ToString(), fields: [attachment.MaterialCode], reason: stored.Sha256);
        await db.SaveChangesAsync(ct);
        return View(attachment);
    }

    internal static CaseAttachmentView View(CaseAttachment a) =>
        new(a.Id, a.MaterialCode, a.FileName, a.Size, a.Sha256, a.ContentType, a.ThumbnailSha256 is not null, a.SupersededAt is not null, a.UploadedAt);

    /// <summary>A new file for a material the last return named replaces the files of that material uploaded before the return; they are kept.</summary>
    private async Task SupersedeAsync(Case found, string materialCode, DateTime now, CancellationToken ct)
    {
        if (found.Status != CaseStatuses.Returned || !(found.MissingMaterials ?? "").Split(',').Contains(materialCode)) return;
        var returnedAt = await CaseReturns.LastReturnAtAsync(db, found.Id, ct);
        if (returnedAt is null) return;
        var old = await db.Set<CaseAttachment>().Where(a => a.CaseId == found.Id && a.MaterialCode == materialCode && a.SupersededAt == null && a.UploadedAt < returnedAt).ToListAsync(ct);
        foreach (var a in old) a.SupersededAt = now;
    }
}
