using System.Text.Json;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Web.Hosting;

/// <summary>The one data folder: created if missing, holds the demo key file and the single-instance lock.</summary>
public static class DataDirectory
{
    public static string Resolve(IConfiguration configuration)
    {
        var dir = Environment.GetEnvironmentVariable("SHEBAO_DATA_DIR") is { Length: > 0 } env ? env : configuration["Shebao:DataDir"] ?? "data";
        var full = Path.GetFullPath(dir);
        Directory.CreateDirectory(full);
        return full;
    }

    /// <summary>
    /// Keys come from configuration ("Crypto" section). In demo mode only, a first start generates them into
    /// keys.json in the data folder; production without keys refuses to start (fail closed).
    /// </summary>
    public static CryptoOptions LoadCryptoOptions(IConfiguration configuration, string dataDir, bool demo)
    {
        var configured = configuration.GetSection("Crypto").Get<CryptoOptions>();
        if (configured is { Keys.Count: > 0 }) return configured;
        var file = Path.Combine(dataDir, "keys.json");
        if (File.Exists(file)) return JsonSerializer.Deserialize<CryptoOptions>(File.ReadAllText(file)) ?? throw new InvalidOperationException("keys.json is unreadable");
        if (!demo) throw new InvalidOperationException("Production mode needs Crypto:Keys, Crypto:ActiveKeyId and Crypto:IndexKey in configuration.");
        var generated = BouncyCastleCryptoProvider.GenerateOptions();
        File.WriteAllText(file, JsonSerializer.Serialize(generated));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return generated;
    }

    /// <summary>SQLite allows one instance per file: hold an exclusive lock for the life of the process.</summary>
    public static FileStream LockSingleInstance(string dataDir)
    {
        try
        {
            return new FileStream(Path.Combine(dataDir, "shebao.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new InvalidOperationException($"Another Shebao instance is already using {dataDir}. SQLite runs one instance only; use another SHEBAO_DATA_DIR or PostgreSQL.");
        }
    }
}
