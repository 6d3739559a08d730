namespace Shebao.Core.Platform.Money;

/// <summary>Placeholder until the proofs branch lands its full implementation.</summary>
public static class ChineseCapitals
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] Units = ["", "拾", "佰", "仟"];
    private static readonly string[] Groups = ["", "万", "亿", "万亿"];

    public static string Amount(decimal yuan)
    {
        var fen = (long)Math.Round(Math.Abs(yuan) * 100, MidpointRounding.AwayFromZero);
        var sign = yuan < 0 ? "负" : "";
        var integer = fen / 100;
        var jiao = (int)(fen / 10 % 10);
        var cents = (int)(fen % 10);
        var text = integer == 0 ? "" : Integer(integer) + "元";
        if (jiao == 0 && cents == 0) return sign + (text.Length == 0 ? "零元" : text) + "整";
        if (jiao > 0) text += Digits[jiao] + "角";
        else if (integer > 0) text += "零";
        if (cents > 0) text += Digits[cents] + "分";
        return sign + text;
    }

    private static string Integer(long n)
    {
        var result = "";
        var group = 0;
        var needZero = false;
        while (n > 0)
        {
            var part = (int)(n % 10000);
            var text = "";
            var zero = false;
            for (var i = 0; i < 4; i++)
            {
                var d = part / (int)Math.Pow(10, 3 - i) % 10;
                if (d == 0) { zero = text.Length > 0; continue; }
                if (zero) { text += "零"; zero = false; }
                text += Digits[d] + Units[3 - i];
            }
            if (part > 0)
            {
                if (needZero) text += "零";
                result = text + Groups[group] + result;
                needZero = part < 1000;
            }
            else needZero = result.Length > 0;
            n /= 10000;
            group++;
        }
        return result;
    }
}
