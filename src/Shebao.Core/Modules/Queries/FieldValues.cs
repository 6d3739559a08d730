using System.Globalization;
using System.Text.RegularExpressions;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Validation;

namespace Shebao.Core.Modules.Queries;

/// <summary>
/// Reads one cell the way the provincial exports write it and returns the normalised form stored in a row
/// (money "1234.50", months "2026-10", dates "2026-10-08", identifiers masked), or a specific zh-CN reason.
/// </summary>
public static partial class FieldValues
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string? Parse(DatasetField field, string? raw, out string value)
    {
        value = "";
        var text = (raw ?? "").Trim().Replace('\u3000', ' ').Trim();
        if (text.Length == 0) return field.Required ? $"“{field.Label}”不能为空" : null;
        switch (field.Type)
        {
            case FieldType.Text:
                if (text.Length > field.MaxLength) return $"“{field.Label}”不能超过{field.MaxLength}个字符";
                value = text;
                return null;
            case FieldType.Code:
                if (field.Options is { Count: > 0 } options && !options.Contains(text))
                    return $"“{field.Label}”的值“{Short(text)}”无效，应为：{string.Join("、", options)}";
                if (text.Length > field.MaxLength) return $"“{field.Label}”不能超过{field.MaxLength}个字符";
                value = text;
                return null;
            case FieldType.Money:
                if (!TryNumber(text, out var money)) return $"“{field.Label}”应为金额（元），当前为“{Short(text)}”";
                if (decimal.Round(money, 2) != money) return $"“{field.Label}”最多两位小数";
                if (Math.Abs(money) >= 1_000_000_000m) return $"“{field.Label}”金额过大";
                value = money.ToString("0.00", Inv);
                return null;
            case FieldType.Decimal:
                if (!TryNumber(text, out var number)) return $"“{field.Label}”应为数字，当前为“{Short(text)}”";
                value = number.ToString("0.####", Inv);
                return null;
            case FieldType.Integer:
                if (!int.TryParse(text.Replace(",", ""), NumberStyles.AllowLeadingSign, Inv, out var n)) return $"“{field.Label}”应为整数，当前为“{Short(text)}”";
                value = n.ToString(Inv);
                return null;
            case FieldType.Percent:
                var percent = text.EndsWith('%');
                if (!TryNumber(percent ? text[..^1] : text, out var rate)) return $"“{field.Label}”应为费率（如 0.16 或 16%），当前为“{Short(text)}”";
                if (percent) rate /= 100;
                if (rate < 0 || rate > 1) return $"“{field.Label}”应在 0 与 100% 之间";
                value = rate.ToString("0.######", Inv);
                return null;
            case FieldType.Month:
                if (ParseMonth(text) is not { } month) return $"“{field.Label}”应为年月（如 2026-10），当前为“{Short(text)}”";
                value = month;
                return null;
            case FieldType.Year:
                if (!int.TryParse(text.TrimEnd('年'), NumberStyles.None, Inv, out var year) || year < 1950 || year > 2100) return $"“{field.Label}”应为年度（如 2025），当前为“{Short(text)}”";
                value = year.ToString(Inv);
                return null;
            case FieldType.Date:
                if (ParseDate(text) is not { } date) return $"“{field.Label}”应为日期（如 2026-10-08），当前为“{Short(text)}”";
                value = date.ToString("yyyy-MM-dd", Inv);
                return null;
            case FieldType.IdNumber:
                var id = IdNumber.Normalize(text);
                if (IdNumber.Validate(id) is { } idError) return $"“{field.Label}”：{idError}";
                value = id; // the caller keeps the blind index of a subject's number and stores the masked form only
                return null;
            case FieldType.BankAccount:
                var account = text.Replace(" ", "");
                if (account.Length is < 10 or > 30 || !account.All(char.IsAsciiDigit)) return $"“{field.Label}”应为10至30位数字";
                value = account;
                return null;
            case FieldType.CreditCode:
                var code = text.ToUpperInvariant();
                if (UnifiedSocialCreditCode.Validate(code) is { } codeError) return $"“{field.Label}”：{codeError}";
                value = code;
                return null;
            default:
                throw new InvalidOperationException(field.Type.ToString());
        }
    }

    /// <summary>What a row keeps of a value: identifiers masked, everything else as normalised.</summary>
    public static string Stored(DatasetField field, string value) => field.Type switch
    {
        FieldType.IdNumber when value.Length > 0 => Masking.IdNumber(value),
        FieldType.BankAccount when value.Length > 0 => Masking.BankAccount(value),
        _ => value,
    };

    /// <summary>How a stored value reads on a screen or paper: thousands separators, percentages, 年月.</summary>
    public static string Display(FieldType type, string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return type switch
        {
            FieldType.Money when decimal.TryParse(value, NumberStyles.Number, Inv, out var m) => m.ToString("#,##0.00", Inv),
            FieldType.Percent when decimal.TryParse(value, NumberStyles.Number, Inv, out var r) => (r * 100).ToString("0.###", Inv) + "%",
            _ => value,
        };
    }

    public static string? ParseMonth(string text)
    {
        var m = MonthPattern().Match(text.Trim());
        if (!m.Success) return null;
        var year = int.Parse(m.Groups[1].Value, Inv);
        var month = int.Parse(m.Groups[2].Value, Inv);
        return year is >= 1950 and <= 2100 && month is >= 1 and <= 12 ? $"{year:D4}-{month:D2}" : null;
    }

    public static DateOnly? ParseDate(string text)
    {
        var m = DatePattern().Match(text.Trim());
        if (!m.Success) return null;
        var (y, mo, d) = (int.Parse(m.Groups[1].Value, Inv), int.Parse(m.Groups[2].Value, Inv), int.Parse(m.Groups[3].Value, Inv));
        if (y is < 1900 or > 2100 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return new DateOnly(y, mo, d);
    }

    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Replace(",", "").Replace("，", "").Replace("元", "").Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Inv, out value);

    private static string Short(string text) => text.Length <= 20 ? text : text[..20] + "…";

    [GeneratedRegex(@"^(\d{4})(?:[-/.年]?)(\d{1,2})月?$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?(?:[ T]00:00(?::00)?)?$")]
    private static partial Regex DatePattern();
}
