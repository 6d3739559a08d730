using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Parameters;

namespace Shebao.Tests.Modules.Calculators;

public sealed class AnnuityDivisorTests
{
    private static readonly Dictionary<int, decimal> Table = new ParameterReader(ParameterSeed.Table())
        .Json<Dictionary<string, decimal>>("EMP.DIVISOR", new DateOnly(2025, 1, 1))
        .ToDictionary(kv => int.Parse(kv.Key, System.Globalization.CultureInfo.InvariantCulture), kv => kv.Value);

    /// <summary>The whole 计发月数 table of domain.md §7.2, including the values that circulate wrongly (47, 66–70).</summary>
    [Theory]
    [InlineData(40, 233)] [InlineData(41, 230)] [InlineData(42, 226)] [InlineData(43, 223)] [InlineData(44, 220)]
    [InlineData(45, 216)] [InlineData(46, 212)] [InlineData(47, 208)] [InlineData(48, 204)] [InlineData(49, 199)]
    [InlineData(50, 195)] [InlineData(51, 190)] [InlineData(52, 185)] [InlineData(53, 180)] [InlineData(54, 175)]
    [InlineData(55, 170)] [InlineData(56, 164)] [InlineData(57, 158)] [InlineData(58, 152)] [InlineData(59, 145)]
    [InlineData(60, 139)] [InlineData(61, 132)] [InlineData(62, 125)] [InlineData(63, 117)] [InlineData(64, 109)]
    [InlineData(65, 101)] [InlineData(66, 93)] [InlineData(67, 84)] [InlineData(68, 75)] [InlineData(69, 65)]
    [InlineData(70, 56)]
    public void WholeAges_ReadTheTable(int age, int months)
    {
        var (divisor, interpolated) = AnnuityDivisor.For(age, 0, Table);
        Assert.Equal(months, divisor);
        Assert.False(interpolated);
    }

    [Theory]
    [InlineData(60, 6, 135.5)]
    [InlineData(60, 1, 138.4)]
    [InlineData(62, 4, 122.3)]
    [InlineData(69, 11, 56.8)]
    public void ExtraMonths_InterpolateLinearly_ToOneDecimal(int age, int months, double expected)
    {
        var (divisor, interpolated) = AnnuityDivisor.For(age, months, Table);
        Assert.Equal((decimal)expected, divisor);
        Assert.True(interpolated);
    }

    [Theory]
    [InlineData(39, 11)]
    [InlineData(70, 1)]
    [InlineData(71, 0)]
    public void AgesOutsideTheTable_AreRefused(int age, int months) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnuityDivisor.For(age, months, Table));
}
