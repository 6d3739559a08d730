using Shebao.Web.Hosting;

namespace Shebao.Tests.Platform;

public sealed class DataDirectoryTests
{
    [Fact]
    public void SecondInstance_OnTheSameDataFolder_IsRefused()
    {
        var dir = Directory.CreateTempSubdirectory("shebao-lock").FullName;
        using (DataDirectory.LockSingleInstance(dir))
        {
            var e = Assert.Throws<InvalidOperationException>(() => DataDirectory.LockSingleInstance(dir));
            Assert.Contains("Another Shebao instance", e.Message, StringComparison.Ordinal);
        }
        using var afterRelease = DataDirectory.LockSingleInstance(dir);
        Assert.NotNull(afterRelease);
    }

    [Fact]
    public void Production_WithoutKeys_RefusesToStart()
    {
        var dir = Directory.CreateTempSubdirectory("shebao-keys").FullName;
        var empty = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        Assert.Throws<InvalidOperationException>(() => DataDirectory.LoadCryptoOptions(empty, dir, demo: false));
        var generated = DataDirectory.LoadCryptoOptions(empty, dir, demo: true);
        Assert.Equal(generated.IndexKey, DataDirectory.LoadCryptoOptions(empty, dir, demo: true).IndexKey);
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(dir, "keys.json")));
    }
}
