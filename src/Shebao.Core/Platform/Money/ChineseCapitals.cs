using System.Text;

namespace Shebao.Core.Platform.Money;

/// <summary>
/// 人民币大写 as written on payment notices and proofs (《支付结算办法》附件《正确填写票据和结算凭证的基本规定》):
/// 零壹贰叁肆伍陆柒捌玖, 拾佰仟万亿, 元角分, 整 when there is neither 角 nor 分.
/// Where the rules allow a 零 or none, the shorter form is kept: a zero in the 万 place or in the 元 place
/// before 角 writes no 零 (壹拾万柒仟元, 壹仟陆佰捌拾元叁角贰分); 分 without 角 after 元 always takes one (壹拾元零伍分).
/// </summary>
public static class ChineseCapitals
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] Places = ["", "拾", "佰", "仟"];
    private static readonly string[] Groups = ["", "万", "亿"];

    /// <summary>The largest amount written: 9999亿 and change (larger needs 万亿, which no notice carries).</summary>
    public const decimal Max = 999_999_999_999.99m;

    /// <summary>1234.56 → 壹仟贰佰叁拾肆元伍角陆分; 0 → 零元整; −5 → 负伍元整. Rounds to the fen (AwayFromZero).</summary>
    public static string Amount(decimal yuan)
    {
        var rounded = Math.Round(yuan, 2, MidpointRounding.AwayFromZero);
        if (Math.Abs(rounded) > Max) throw new ArgumentOutOfRangeException(nameof(yuan), "金额超出大写范围（最大9999亿元）");
        var fenTotal = (long)(Math.Abs(rounded) * 100m);
        var integer = fenTotal / 100;
        var jiao = (int)(fenTotal / 10 % 10);
        var fen = (int)(fenTotal % 10);

        var text = new StringBuilder();
        if (rounded < 0) text.Append('负');
        if (integer > 0) text.Append(Integer(integer)).Append('元');
        else if (jiao == 0 && fen == 0) text.Append("零元");

        if (jiao == 0 && fen == 0) return text.Append('整').ToString();
        if (integer > 0 && jiao == 0) text.Append('零');
        if (jiao > 0) text.Append(Digits[jiao]).Append('角');
        if (fen > 0) text.Append(Digits[fen]).Append('分');
        return text.ToString();
    }

    /// <summary>A positive whole number in capitals, groups of four digits under 亿 and 万.</summary>
    private static string Integer(long n)
    {
        var text = new StringBuilder();
        var pendingZero = false;
        for (var g = Groups.Length - 1; g >= 0; g--)
        {
            var group = (int)(n / (long)Math.Pow(10000, g) % 10000);
            if (group == 0)
            {
                if (text.Length > 0) pendingZero = true;
                continue;
            }
            for (var place = 3; place >= 0; place--)
            {
                var digit = group / (int)Math.Pow(10, place) % 10;
                if (digit == 0)
                {
                    if (text.Length > 0) pendingZero = true;
                    continue;
                }
                if (pendingZero) text.Append('零');
                pendingZero = false;
                text.Append(Digits[digit]).Append(Places[place]);
            }
            text.Append(Groups[g]);
            // Zeros closing a group before its 万/亿 are not read out (壹拾万柒仟); the next group's leading zeros are.
            pendingZero = false;
        }
        return text.ToString();
    }
}
