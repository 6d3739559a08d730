using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Certification;

public sealed record PreviousPhoto(Guid CaseId, string CaseNumber, Guid AttachmentId, string FileName, bool HasThumbnail, DateTime AcceptedAt);

/// <summary>
/// The photos of the person's earlier approved certifications of the same item, newest first, that the caller may
/// see: the reviewer compares today's face with the one on record (the registry keeps no photo of its own).
/// </summary>
public sealed class PreviousPhotosHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope)
{
    public const int Max = 3;

    public async Task<IReadOnlyList<PreviousPhoto>> HandleAsync(Guid caseId, Guid personId, string itemCode, CancellationToken ct = default)
    {
        if (Schemes.OfItem(itemCode) is null || itemCode == "A2-10") return [];
        var cases = db.Set<Case>().AsNoTracking().VisibleTo(user, await currentScope.GetAsync(ct))
            .Where(c => c.PersonId == personId && c.ItemCode == itemCode && c.Status == CaseStatuses.Approved && c.Id != caseId);
        var rows = await (from c in cases
                          join a in db.Set<CaseAttachment>().AsNoTracking() on c.Id equals a.CaseId
                          where a.MaterialCode == "PHOTO"
                          orderby c.AcceptedAt descending
                          select new { c.Id, c.Number, AttachmentId = a.Id, a.FileName, a.ThumbnailSha256, c.AcceptedAt }).Take(Max).ToListAsync(ct);
        return rows.Select(r => new PreviousPhoto(r.Id, r.Number, r.AttachmentId, r.FileName, r.ThumbnailSha256 is not null, r.AcceptedAt)).ToList();
    }
}
