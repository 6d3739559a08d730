using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Shebao.Core.Platform.Files;

/// <summary>A stored blob no longer matches the SHA-256 it is named by; it must not be served (check D5).</summary>
public sealed class TamperedFileException(string sha256)
    : Exception($"Stored file {sha256} no longer matches its SHA-256; it will not be served.")
{
    public string Sha256 { get; } = sha256;
}

/// <summary>
/// Content-addressed, durable blob storage for inspected attachments (security-reliability P1): the blob is
/// fsynced and atomically renamed into place before the caller commits the row that references it, and every
/// read re-verifies the digest. Names are SHA-256 hex computed here; nothing from the client reaches a path.
/// </summary>
public sealed class FileStore
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly string temp;

    /// <param name="root">The platform's data folder + "/files"; outside the web root.</param>
    public FileStore(string root)
    {
        Root = Path.GetFullPath(root);
        // Same folder tree, hence same file system, so the final move is a rename and atomic. "tmp" cannot
        // collide with the two-hex-digit fan-out folders.
        temp = Path.Combine(Root, "tmp");
    }

    public string Root { get; }

    /// <summary>
    /// Stores <paramref name="content"/> (already inspected: JPEG, PNG or PDF) and returns its address.
    /// Idempotent: the same bytes map to the same blob, and an existing blob is kept.
    /// </summary>
    public async Task<StoredFile> SaveAsync(byte[] content, CancellationToken ct)
    {
        var kind = FileKinds.Detect(content);
        // Defence in depth: the store refuses bytes that could not have come out of AttachmentInspector.
        if (kind == FileKind.Unknown) throw new ArgumentException("Only inspected JPEG, PNG or PDF content can be stored.", nameof(content));
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var stored = new StoredFile(sha256, content.LongLength, kind, FileKinds.ContentType(kind), FileKinds.Extension(kind));
        var final = PathOf(sha256);
        if (File.Exists(final)) return stored;

        var folder = Path.GetDirectoryName(final)!;
        CreateFolder(temp);
        CreateFolder(folder);
        var tmp = Path.Combine(temp, $"{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(tmp, CreateOptions()))
            {
                await stream.WriteAsync(content, ct);
                stream.Flush(flushToDisk: true);
            }
            try
            {
                File.Move(tmp, final, overwrite: false);
            }
            catch (IOException) when (File.Exists(final))
            {
                // A concurrent save of the same content won the race; its bytes are ours by definition.
            }
            // The rename is durable only once the folders holding the new entries are synced too.
            SyncFolder(folder);
            SyncFolder(Path.GetDirectoryName(folder)!);
            SyncFolder(Root);
        }
        finally
        {
            // Temporary files never outlive the request, whether it succeeded, failed or was cancelled (D7).
            File.Delete(tmp);
        }
        return stored;
    }

    /// <summary>The blob's bytes, or null if there is none; throws <see cref="TamperedFileException"/> if it changed on disk.</summary>
    public async Task<byte[]?> ReadAsync(string sha256, CancellationToken ct)
    {
        var path = PathOf(sha256);
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, ct);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(content)), sha256, StringComparison.Ordinal))
            throw new TamperedFileException(sha256);
        return content;
    }

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    /// <summary>files/ab/cd/abcd…: fan-out keeps folders small. Only 64 lowercase hex digits get here, so no traversal.</summary>
    private string PathOf(string sha256)
    {
        if (!IsSha256(sha256)) throw new ArgumentException("Expected a SHA-256 as 64 lowercase hex digits.", nameof(sha256));
        return Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
    }

    private static bool IsSha256(string? value) =>
        value is { Length: 64 } && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    // Owner-only and never executable: blobs are data, and other local accounts have no business reading scans.
    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerFile;
        return options;
    }

    private static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, OwnerFolder);
    }

    // .NET cannot open a directory handle, so fsync of a folder goes to libc. Windows has no equivalent
    // (NTFS journals the rename), so there it is a no-op.
    private static void SyncFolder(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        var fd = Posix.open(Encoding.UTF8.GetBytes(path + '\0'), 0 /* O_RDONLY */);
        if (fd < 0) throw new IOException($"Cannot open folder {path} to sync it (errno {Marshal.GetLastPInvokeError()}).");
        try
        {
            if (Posix.fsync(fd) != 0) throw new IOException($"Cannot sync folder {path} (errno {Marshal.GetLastPInvokeError()}).");
        }
        finally
        {
            _ = Posix.close(fd);
        }
    }

    private static class Posix
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int open(byte[] nulTerminatedUtf8Path, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int fsync(int fd);

        [DllImport("libc")]
        public static extern int close(int fd);
    }
}
