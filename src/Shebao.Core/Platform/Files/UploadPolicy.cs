namespace Shebao.Core.Platform.Files;

/// <summary>
/// Limits for scanned application materials (security-reliability §2.8). Explicit so that no limit depends on
/// Kestrel's defaults (30 MB body, 128 MB multipart).
/// </summary>
public sealed class UploadPolicy
{
    public const int MegaByte = 1024 * 1024;

    public long MaxBytes { get; init; } = 10 * MegaByte;

    public int MaxFilesPerCase { get; init; } = 20;

    /// <summary>Decoding costs about 4 bytes a pixel, so this bounds memory against pixel bombs (a 50,000 × 50,000 PNG header).</summary>
    public long MaxPixels { get; init; } = 40_000_000;

    /// <summary>Long side of the review thumbnail, in pixels.</summary>
    public int ThumbnailSize { get; init; } = 320;

    public IReadOnlySet<FileKind> AllowedKinds { get; init; } = new HashSet<FileKind> { FileKind.Jpeg, FileKind.Png, FileKind.Pdf };

    /// <summary>True while a case holding <paramref name="attachedSoFar"/> files may take one more.</summary>
    public bool AllowsAnotherFile(int attachedSoFar) => attachedSoFar < MaxFilesPerCase;

    public string TooManyFilesMessage => $"每个案件最多上传{MaxFilesPerCase}个附件";
}
