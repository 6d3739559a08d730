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
}
