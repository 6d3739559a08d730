using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Core.Modules.Cards;

/// <summary>
/// PIN policy and storage. A PIN exists in memory only for the request; what is stored is
/// pbkdf2-sha256$iterations$salt$hash over an HMAC-SM3 of the PIN under the index key (a pepper the database
/// does not hold), so a copied database cannot be brute-forced over the 10⁶ possible PINs.
/// </summary>
public sealed class CardPins(ICryptoProvider crypto, CardOptions options)
{
    /// <summary>The refusal for a new PIN, or null when it is acceptable.</summary>
    public static string? Weakness(string? pin, string? idNumber = null, DateOnly? birthDate = null)
    {
        if (pin is null || pin.Length != 6 || !pin.All(char.IsAsciiDigit)) return "密码应为6位数字";
        if (pin.Distinct().Count() == 1) return "密码过于简单：不能是同一数字重复（如111111）";
        var steps = Enumerable.Range(1, 5).Select(i => pin[i] - pin[i - 1]).ToList();
        if (steps.All(s => s == 1) || steps.All(s => s == -1)) return "密码过于简单：不能是连续数字（如123456、654321）";
        if ((pin[..2] == pin[2..4] && pin[2..4] == pin[4..]) || pin[..3] == pin[3..]) return "密码过于简单：不能是重复的数字组合（如121212、123123）";
        if (birthDate is { } b && pin == b.ToString("yyMMdd", CultureInfo.InvariantCulture)) return "密码过于简单：不能使用出生日期";
        if (idNumber is { Length: >= 6 } id && string.Equals(pin, id[^6..], StringComparison.OrdinalIgnoreCase)) return "密码过于简单：不能使用身份证号码后6位";
        return null;
    }

    public string Hash(Guid cardId, string pin)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Derive(cardId, pin, salt, options.PinIterations);
        return $"pbkdf2-sha256${options.PinIterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public bool Verify(Guid cardId, string? pin, string? stored)
    {
        if (pin is null || stored is null) return false;
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2-sha256" || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var iterations)) return false;
        var expected = Convert.FromBase64String(parts[3]);
        return CryptographicOperations.FixedTimeEquals(Derive(cardId, pin, Convert.FromBase64String(parts[2]), iterations), expected);
    }

    private byte[] Derive(Guid cardId, string pin, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(crypto.KeyedDigest($"card-pin|{cardId:N}|{pin}"), salt, iterations, HashAlgorithmName.SHA256, 32);
}

/// <summary>Local settings of the card counter (section "Cards" of the configuration, bound by the host).</summary>
public sealed class CardOptions
{
    public const string Section = "Cards";

    /// <summary>How long a 临时挂失 holds before the card returns to its status (local rule, 15–90 days in practice).</summary>
    [Range(1, int.MaxValue)]
    public int TemporaryLossDays { get; set; } = 30;

    [Range(1, int.MaxValue)]
    public int PinMaxAttempts { get; set; } = 5;

    [Range(1, int.MaxValue)]
    public int PinLockMinutes { get; set; } = 30;

    [Range(1, int.MaxValue)]
    public int PinIterations { get; set; } = 100_000;

    /// <summary>The six-digit area code written on new cards.</summary>
    [RegularExpression("^[0-9]{6}$")]
    public string IssuingArea { get; set; } = "341500";
}

/// <summary>
/// The PINs of the one request being handled, in memory only: the card façade puts them here and the card
/// rules read them, so a PIN never passes through the stored case form.
/// </summary>
public sealed class CardSecrets
{
    public string? OldPin { get; set; }
    public string? NewPin { get; set; }

    /// <summary>The card whose old PIN the façade has already checked (and counted), so it is hashed once.</summary>
    public Guid? OldPinVerifiedFor { get; set; }

    /// <summary>For the weak-PIN check: the holder's own numbers must not be the PIN.</summary>
    public string? HolderIdNumber { get; set; }
    public DateOnly? HolderBirthDate { get; set; }

    public void Clear()
    {
        OldPin = NewPin = HolderIdNumber = null;
        OldPinVerifiedFor = null;
        HolderBirthDate = null;
    }
}
