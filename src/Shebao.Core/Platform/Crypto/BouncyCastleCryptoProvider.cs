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
public sealed class BouncyCastleCryptoProvider : ICryptoProvider, IDisposable
{
    private const int IvBytes = 12;
    private const int TagBits = 128;
    private readonly Dictionary<string, byte[]> keys;
    private readonly string activeKeyId;
    private readonly byte[] indexKey;
    private readonly ThreadLocal<Dictionary<(string, bool), GcmBlockCipher>> ciphers = new(() => []);
    private readonly ThreadLocal<Org.BouncyCastle.Crypto.Macs.HMac> digests;

    public BouncyCastleCryptoProvider(CryptoOptions options)
    {
        keys = options.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value));
        activeKeyId = options.ActiveKeyId;
        indexKey = string.IsNullOrEmpty(options.IndexKey) ? [] : Convert.FromBase64String(options.IndexKey);
        digests = new(() =>
        {
            var mac = new Org.BouncyCastle.Crypto.Macs.HMac(new Org.BouncyCastle.Crypto.Digests.SM3Digest());
            mac.Init(new KeyParameter(indexKey));
            return mac;
        });
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
        var cipher = Gcm(activeKeyId, true, iv);
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
        var cipher = Gcm(parts[1], false, data.AsSpan(0, IvBytes).ToArray());
        var output = new byte[cipher.GetOutputSize(data.Length - IvBytes)];
        var written = cipher.ProcessBytes(data, IvBytes, data.Length - IvBytes, output, 0);
        written += cipher.DoFinal(output, written); // throws on a wrong tag: tampering is detected
        return Encoding.UTF8.GetString(output, 0, written);
    }

    public string KeyedDigest(string input)
    {
        // The HMAC keyed once per thread: DoFinal resets it to the keyed state.
        var mac = digests.Value!;
        var data = Encoding.UTF8.GetBytes(input);
        mac.BlockUpdate(data, 0, data.Length);
        var output = new byte[mac.GetMacSize()];
        mac.DoFinal(output, 0);
        return Convert.ToHexStringLower(output);
    }

    /// <summary>
    /// A GCM cipher per thread, key and direction, keyed once: Init with a null key keeps the key's multiplier tables,
    /// which cost more to build than encrypting a value (bulk imports encrypt millions). Each call still gets its own nonce.
    /// </summary>
    private GcmBlockCipher Gcm(string keyId, bool encrypt, byte[] iv)
    {
        var cache = ciphers.Value!;
        if (!cache.TryGetValue((keyId, encrypt), out var cipher))
        {
            cipher = new GcmBlockCipher(new SM4Engine());
            cipher.Init(encrypt, new AeadParameters(new KeyParameter(keys[keyId]), TagBits, iv));
            cache[(keyId, encrypt)] = cipher;
            return cipher;
        }
        cipher.Init(encrypt, new AeadParameters(null, TagBits, iv));
        return cipher;
    }

    public void Dispose()
    {
        ciphers.Dispose();
        digests.Dispose();
    }

    /// <summary>Fresh random keys for a first demo start.</summary>
    public static CryptoOptions GenerateOptions() => new()
    {
        Keys = new() { ["k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)) },
        ActiveKeyId = "k1",
        IndexKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    };
}
