using System.Security.Cryptography;
using Shebao.Core.Platform.Files;

namespace Shebao.Tests.Platform.Files;

public sealed class FileStoreTests
{
    private static readonly byte[] Scan = [.. "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8];

    private readonly string root = Path.Combine(Directory.CreateTempSubdirectory("shebao-files").FullName, "files");

    [Fact]
    public async Task Save_ThenRead_RoundTrips_UnderAContentAddressedPath()
    {
        var store = new FileStore(root);
        var stored = await store.SaveAsync(Scan, CancellationToken.None);

        var sha = Convert.ToHexStringLower(SHA256.HashData(Scan));
        Assert.Equal(new StoredFile(sha, Scan.Length, FileKind.Pdf, "application/pdf", ".pdf"), stored);
        var path = Path.Combine(root, sha[..2], sha[2..4], sha);
        Assert.True(File.Exists(path));
        Assert.True(store.Exists(sha));
        Assert.Equal(Scan, await store.ReadAsync(sha, CancellationToken.None));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(root, "tmp")));

        Assert.Equal(stored, await store.SaveAsync(Scan, CancellationToken.None));
        Assert.Single(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task FlippedByteOnDisk_IsNeverServed()
    {
        var store = new FileStore(root);
        var stored = await store.SaveAsync(Scan, CancellationToken.None);
        var path = Path.Combine(root, stored.Sha256[..2], stored.Sha256[2..4], stored.Sha256);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^3] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        var e = await Assert.ThrowsAsync<TamperedFileException>(() => store.ReadAsync(stored.Sha256, CancellationToken.None));
        Assert.Equal(stored.Sha256, e.Sha256);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("../../../../../../../../../../../../../../../../../../../etc/passwd")]
    public async Task NotASha256_IsRefusedBeforeAnyPathIsBuilt(string sha)
    {
        var store = new FileStore(root);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.ReadAsync(sha, CancellationToken.None));
        Assert.ThrowsAny<ArgumentException>(() => store.Exists(sha));
    }

    [Fact]
    public async Task Missing_ReadsAsNull()
    {
        var store = new FileStore(root);
        Assert.Null(await store.ReadAsync(new string('0', 64), CancellationToken.None));
        Assert.False(store.Exists(new string('0', 64)));
    }

    [Fact]
    public async Task UninspectedBytes_AreNotStored() =>
        await Assert.ThrowsAsync<ArgumentException>(() => new FileStore(root).SaveAsync("MZ\u0090\0"u8.ToArray(), CancellationToken.None));
}
