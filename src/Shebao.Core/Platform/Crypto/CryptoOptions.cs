namespace Shebao.Core.Platform.Crypto;

/// <summary>Bound from the "Crypto" configuration section; keys are base64.</summary>
public sealed class CryptoOptions
{
    /// <summary>Key id → 16-byte SM4 key. Old ids stay so older values remain readable after rotation.</summary>
    public Dictionary<string, string> Keys { get; set; } = new();

    public string ActiveKeyId { get; set; } = "";

    /// <summary>32-byte HMAC-SM3 key for the blind index.</summary>
    public string IndexKey { get; set; } = "";
}
