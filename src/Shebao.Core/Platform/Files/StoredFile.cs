namespace Shebao.Core.Platform.Files;

/// <summary>
/// A blob in the <see cref="FileStore"/>: the SHA-256 is both its name and its integrity check. The case's
/// attachment row keeps these fields plus the (untrusted, display-only) original file name.
/// </summary>
public sealed record StoredFile(string Sha256, long Size, FileKind Kind, string ContentType, string Extension);
