using System.Globalization;
using System.Text.Json.Nodes;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Core.Modules.Cases;

/// <summary>
/// Typed, read-only access to a case's stored form (already validated by <see cref="FormRules"/>).
/// Encrypted values are decrypted only when a rule or an effect asks for them.
/// </summary>
public sealed class FormValues(string json, ICryptoProvider crypto)
{
    /// <summary>A bank-account field's value meaning "the applicant's registered account" (使用登记账号), filled in by 受理 itself.</summary>
    public const string RegisteredAccount = "registered";

    private readonly JsonObject values = JsonNode.Parse(json) as JsonObject ?? [];

    public string? this[string key]
    {
        get
        {
            var raw = values[key]?.GetValue<string>();
            return raw is not null && raw.StartsWith("enc:", StringComparison.Ordinal) ? crypto.Decrypt(raw[4..]) : raw;
        }
    }

    public bool Has(string key) => !string.IsNullOrEmpty(values[key]?.GetValue<string>());

    /// <summary>The stored value as it is (ciphertext with its "enc:" prefix for identifiers), for copying into the registry.</summary>
    public string? Stored(string key) => values[key]?.GetValue<string>();

    public decimal? Decimal(string key) => this[key] is { } s ? decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    public int? Int(string key) => this[key] is { } s ? (int)decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    public bool? Bool(string key) => this[key] is { } s ? s == "true" : null;

    public DateOnly? Date(string key) => this[key] is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public YearMonth? Month(string key) => YearMonth.TryParse(this[key], out var m) ? m : null;
}
