using Shebao.Core.Platform.Money;

namespace Shebao.Tests.Platform;

public sealed class ChineseCapitalsTests
{
    [Theory]
    // The task's examples.
    [InlineData("1234.56", "壹仟贰佰叁拾肆元伍角陆分")]
    [InlineData("1004.50", "壹仟零肆元伍角")]
    [InlineData("100000", "壹拾万元整")]
    [InlineData("10.05", "壹拾元零伍分")]
    [InlineData("0.05", "伍分")]
    [InlineData("0", "零元整")]
    // The examples of 《正确填写票据和结算凭证的基本规定》 (the form without the optional 零).
    [InlineData("1409.50", "壹仟肆佰零玖元伍角")]
    [InlineData("6007.14", "陆仟零柒元壹角肆分")]
    [InlineData("1680.32", "壹仟陆佰捌拾元叁角贰分")]
    [InlineData("107000.53", "壹拾万柒仟元伍角叁分")]
    [InlineData("1100.50", "壹仟壹佰元伍角")]
    [InlineData("10.50", "壹拾元伍角")]
    [InlineData("325.04", "叁佰贰拾伍元零肆分")]
    // Zeros across the 万 and 亿 groups.
    [InlineData("10", "壹拾元整")]
    [InlineData("15", "壹拾伍元整")]
    [InlineData("1010", "壹仟零壹拾元整")]
    [InlineData("100010", "壹拾万零壹拾元整")]
    [InlineData("10000001", "壹仟万零壹元整")]
    [InlineData("100000000", "壹亿元整")]
    [InlineData("100010000", "壹亿零壹万元整")]
    [InlineData("100000001", "壹亿零壹元整")]
    [InlineData("120003400", "壹亿贰仟万叁仟肆佰元整")]
    [InlineData("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分")]
    // 角 and 分 alone, and 元 before them.
    [InlineData("0.50", "伍角")]
    [InlineData("0.56", "伍角陆分")]
    [InlineData("3.50", "叁元伍角")]
    [InlineData("3.05", "叁元零伍分")]
    [InlineData("3456.78", "叁仟肆佰伍拾陆元柒角捌分")]
    // Negative amounts and rounding to the fen, half away from zero.
    [InlineData("-5", "负伍元整")]
    [InlineData("-1234.56", "负壹仟贰佰叁拾肆元伍角陆分")]
    [InlineData("519.935", "伍佰壹拾玖元玖角肆分")]
    [InlineData("0.004", "零元整")]
    [InlineData("0.005", "壹分")]
    [InlineData("-0.005", "负壹分")]
    [InlineData("99.995", "壹佰元整")]
    public void Amount_WritesTheStandardCapitals(string figure, string expected) =>
        Assert.Equal(expected, ChineseCapitals.Amount(decimal.Parse(figure, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Amount_BeyondTheLargestGroup_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseCapitals.Amount(1_000_000_000_000m));
}
