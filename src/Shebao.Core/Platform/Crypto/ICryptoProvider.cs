namespace Shebao.Core.Platform.Crypto;

/// <summary>
/// Operations, never key bytes: a certified 密码机 can implement this without releasing its keys.
/// </summary>
public interface ICryptoProvider
{
    /// <summary>SM4-GCM with a fresh IV; the result names the key that made it.</summary>
    string Encrypt(string plaintext);

    string Decrypt(string ciphertext);

    /// <summary>
    /// HMAC-SM3 under the index key (separate from the encryption key), hex: a value that can be recomputed and matched
    /// but not reversed (a person's ID-number index, proof codes, card PINs, paper check codes).
    /// </summary>
    string KeyedDigest(string input);
}
