using System.Globalization;
using System.Security.Cryptography;

namespace Shebao.Core.Modules.Proofs;

/// <summary>Proof numbers and codes: characters that survive being read aloud and typed by hand (no 0/O, 1/I/L).</summary>
internal static class ProofCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int CodeLength = 8;

    public static string NewNumber(DateTime issuedAtUtc) =>
        "ZM" + issuedAtUtc.AddHours(8).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + Random(6);

    public static string NewCode() => Random(CodeLength);

    /// <summary>Upper-cased and trimmed; what a person types is compared in this form.</summary>
    public static string Normalize(string? value) => value?.Trim().ToUpperInvariant() ?? "";

    public static string VerifyIndexInput(string number, string code) => $"proof|{number}|{code}";

    private static string Random(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}
