using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace Shebao.Core.Platform.Crypto;

/// <summary>
/// Development/software implementation: SM4-GCM and HMAC-SM3 with keys from configuration.
/// Ciphertext format: <c>sm4gcm:{keyId}:{base64(iv ‖ ciphertext ‖ tag)}</c>.
/// </summary>
public sealed class BouncyCastleCryptoProvider : ICryptoProvider
{
    private const int IvBytes = 12;
    private const int TagBits = 128;
    private readonly Dictionary<string, byte[]> keys;
    private readonly string activeKeyId;
    private readonly byte[] indexKey;

    public BouncyCastleCryptoProvider(CryptoOptions options)
    {
        keys = options.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value));
        activeKeyId = options.ActiveKeyId;
        indexKey = string.IsNullOrEmpty(options.IndexKey) ? [] : Convert.FromBase64String(options.IndexKey);
        // Fail closed: without keys nothing personal may be written (P8).
        if (!keys.TryGetValue(activeKeyId, out var active) || active.Length != 16)
            throw new InvalidOperationException("Crypto: the active SM4 key is missing or not 16 bytes.");
        if (indexKey.Length < 32)
            throw new InvalidOperationException("Crypto: the blind-index key is missing or shorter than 32 bytes.");
        if (keys.Keys.Any(k => k.Contains(':', StringComparison.Ordinal)))
            throw new InvalidOperationException("Crypto: key ids may not contain ':'.");
    }

    public string Encrypt(string plaintext)
    {
        var iv = RandomNumberGenerator.GetBytes(IvBytes);
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(true, new AeadParameters(new KeyParameter(keys[activeKeyId]), TagBits, iv));
        var input = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[IvBytes + cipher.GetOutputSize(input.Length)];
        iv.CopyTo(output, 0);
        var written = cipher.ProcessBytes(input, 0, input.Length, output, IvBytes);
        cipher.DoFinal(output, IvBytes + written);
        return $"sm4gcm:{activeKeyId}:{Convert.ToBase64String(output)}";
    }

    public string Decrypt(string ciphertext)
    {
        var parts = ciphertext.Split(':', 3);
        if (parts.Length != 3 || parts[0] != "sm4gcm" || !keys.TryGetValue(parts[1], out var key))
            throw new CryptographicException("Unknown ciphertext format or key id.");
        var data = Convert.FromBase64String(parts[2]);
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(false, new AeadParameters(new KeyParameter(key), TagBits, data.AsSpan(0, IvBytes).ToArray()));
        var output = new byte[cipher.GetOutputSize(data.Length - IvBytes)];
        var written = cipher.ProcessBytes(data, IvBytes, data.Length - IvBytes, output, 0);
        written += cipher.DoFinal(output, written); // throws on a wrong tag: tampering is detected
        return Encoding.UTF8.GetString(output, 0, written);
    }

    public string KeyedDigest(string input) =>
        Convert.ToHexStringLower(Sm3.Hmac(indexKey, Encoding.UTF8.GetBytes(input)));

    /// <summary>Fresh random keys for a first demo start.</summary>
    public static CryptoOptions GenerateOptions() => new()
    {
        Keys = new() { ["k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)) },
        ActiveKeyId = "k1",
        IndexKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    };
}
