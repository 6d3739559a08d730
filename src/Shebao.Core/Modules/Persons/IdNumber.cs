namespace Shebao.Core.Modules.Persons;

/// <summary>公民身份号码 per GB 11643-1999: 6-digit area, 8-digit birth date, 3-digit sequence, ISO 7064 MOD 11-2 check.</summary>
public static class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public static char CheckChar(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckChars[sum % 11];
    }

    /// <summary>Trims, maps full-width characters to ASCII and upper-cases a final x (the blind index depends on it).</summary>
    public static string Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return "";
        var chars = raw.Trim().Select(c => c switch
        {
            >= '０' and <= '９' => (char)(c - '０' + '0'),
            'ｘ' or 'Ｘ' or 'x' => 'X',
            _ => c,
        });
        return new string(chars.ToArray());
    }

    /// <summary>Null when valid; otherwise the zh-CN reason, specific enough for a clerk to fix the typo.</summary>
    public static string? Validate(string normalized, DateOnly? today = null)
    {
        if (normalized.Length == 0) return "请输入公民身份号码";
        if (normalized.Length != 18) return $"公民身份号码应为18位，当前为{normalized.Length}位";
        for (var i = 0; i < 17; i++)
            if (normalized[i] is < '0' or > '9') return "公民身份号码前17位必须是数字";
        if (normalized[17] is not ((>= '0' and <= '9') or 'X')) return "公民身份号码最后一位必须是数字或X";
        if (normalized[0] == '0') return "公民身份号码的地区代码无效";
        if (BirthDateOf(normalized) is not { } birth) return "公民身份号码中的出生日期不存在";
        if (birth.Year < 1900 || (today is { } t && birth > t)) return "公民身份号码中的出生日期超出合理范围";
        if (CheckChar(normalized) != normalized[17]) return "公民身份号码校验位不正确，请核对后重新输入";
        return null;
    }

    public static bool IsValid(string? raw) => Validate(Normalize(raw)) is null;

    public static DateOnly? BirthDateOf(string id) =>
        int.TryParse(id.AsSpan(6, 4), out var y) && int.TryParse(id.AsSpan(10, 2), out var m) && int.TryParse(id.AsSpan(12, 2), out var d)
        && m is >= 1 and <= 12 && y >= 1 && d >= 1 && d <= DateTime.DaysInMonth(Math.Max(y, 1), m)
            ? new DateOnly(y, m, d)
            : null;

    /// <summary>GB/T 2261.1 code: "1" male (odd sequence), "2" female (even).</summary>
    public static string GenderOf(string id) => (id[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;
}

public static class Gender
{
    public const string Male = "1";
    public const string Female = "2";

    public static string Label(string? code) => code switch { Male => "男", Female => "女", _ => "未知" };
}
