namespace Shebao.Core.Platform.Files;

/// <summary>The kinds of scan the platform accepts; everything else is <see cref="Unknown"/> and refused.</summary>
public enum FileKind { Unknown, Jpeg, Png, Pdf }

/// <summary>
/// Detects a file's kind from its first bytes. The client's Content-Type and file name are never consulted:
/// both are attacker-chosen, so an .exe renamed .jpg must look like what it is.
/// </summary>
public static class FileKinds
{
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    /// <summary>Longest signature; callers sniffing a stream need at least this many bytes.</summary>
    public const int HeaderLength = 8;

    // The PDF header must be at offset 0: the spec tolerates junk before it, but that tolerance is exactly
    // what polyglots (HTML or ZIP first, PDF later) rely on.
    public static FileKind Detect(ReadOnlySpan<byte> content) =>
        content.StartsWith(JpegMagic) ? FileKind.Jpeg
        : content.StartsWith(PngMagic) ? FileKind.Png
        : content.StartsWith(PdfMagic) ? FileKind.Pdf
        : FileKind.Unknown;

    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.Pdf => "application/pdf",
        _ => "application/octet-stream",
    };

    /// <summary>The extension for download names, with the dot; derived from the kind, never from the upload's name.</summary>
    public static string Extension(FileKind kind) => kind switch
    {
        FileKind.Jpeg => ".jpg",
        FileKind.Png => ".png",
        FileKind.Pdf => ".pdf",
        _ => ".bin",
    };
}
