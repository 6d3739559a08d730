namespace Shebao.Core.Platform.Validation;

/// <summary>统一社会信用代码 (GB 32100-2015): 18 characters of a 31-letter alphabet with a MOD 31 check character.</summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static char? CheckChar(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0) return null;
            sum += value * Weights[i];
        }
        var c = 31 - sum % 31;
        return Alphabet[c == 31 ? 0 : c];
    }

    /// <summary>Null when valid; otherwise the zh-CN reason.</summary>
    public static string? Validate(string? raw)
    {
        var code = raw?.Trim().ToUpperInvariant() ?? "";
        if (code.Length != 18) return $"统一社会信用代码应为18位，当前为{code.Length}位";
        if (code.Any(ch => Alphabet.IndexOf(ch, StringComparison.Ordinal) < 0)) return "统一社会信用代码含有不允许的字符（不使用 I、O、S、V、Z）";
        return CheckChar(code[..17]) == code[17] ? null : "统一社会信用代码校验位不正确";
    }
}
