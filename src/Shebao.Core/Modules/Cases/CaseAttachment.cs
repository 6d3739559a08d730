using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Cases;

/// <summary>A scanned material of a case. The bytes live in the content-addressed file store under their SHA-256.</summary>
public sealed class CaseAttachment
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string MaterialCode { get; set; } = "";

    /// <summary>The client's file name, for display only (HTML-encoded wherever shown); never part of a path.</summary>
    public string FileName { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public long Size { get; set; }
    public string ContentType { get; set; } = "";
    public string? ThumbnailSha256 { get; set; }
    public string UploadedBy { get; set; } = "";
    public DateTime UploadedAt { get; set; }

    /// <summary>Set when a file uploaded after a return replaces this one for a material the return named; kept, shown as superseded.</summary>
    public DateTime? SupersededAt { get; set; }
}

/// <summary>When a case was last returned (退回补正): files after it are the clerk's replacements.</summary>
internal static class CaseReturns
{
    public static Task<DateTime?> LastReturnAtAsync(AppDbContext db, Guid caseId, CancellationToken ct) =>
        db.Set<CaseHistoryEntry>().Where(h => h.CaseId == caseId && h.Action == CaseActions.Return).MaxAsync(h => (DateTime?)h.At, ct);
}
