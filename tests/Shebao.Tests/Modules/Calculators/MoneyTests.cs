using Shebao.Core.Platform.Money;

namespace Shebao.Tests.Modules.Calculators;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("519.935", 51994)]
    [InlineData("519.925", 51993)]
    [InlineData("0.005", 1)]
    [InlineData("-0.005", -1)]
    [InlineData("60.4316546762", 6043)]
    public void FromYuan_RoundsHalfAwayFromZero_ToTheFen(string yuan, long fen) =>
        Assert.Equal(fen, Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)).Fen);

    [Fact]
    public void Yuan_AlwaysHasTwoPlaces()
    {
        Assert.Equal("203.40", Money.FromYuan(203.4m).Yuan.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2,399.70", Money.FromYuan(2399.7m).ToString());
    }
}
