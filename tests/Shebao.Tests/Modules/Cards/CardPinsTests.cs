using Shebao.Core.Modules.Cards;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Tests.Modules.Cards;

public sealed class CardPinsTests
{
    private static CardPins Pins() => new(new BouncyCastleCryptoProvider(BouncyCastleCryptoProvider.GenerateOptions()), new CardOptions { PinIterations = 1_000 });

    [Theory]
    [InlineData("123456")]
    [InlineData("234567")]
    [InlineData("987654")]
    [InlineData("012345")]
    [InlineData("111111")]
    [InlineData("000000")]
    [InlineData("121212")]
    [InlineData("123123")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345a")]
    [InlineData("")]
    [InlineData(null)]
    public void Weak_Or_Malformed_AreRefused(string? pin) => Assert.NotNull(CardPins.Weakness(pin));

    [Theory]
    [InlineData("580731")]
    [InlineData("739251")]
    [InlineData("102938")]
    public void Ordinary_PinsPass(string pin) => Assert.Null(CardPins.Weakness(pin, "341504196503150027", new DateOnly(1965, 3, 15)));

    [Fact]
    public void TheHoldersOwnNumbers_AreRefused()
    {
        Assert.NotNull(CardPins.Weakness("650315", "341504196503150027", new DateOnly(1965, 3, 15)));
        Assert.NotNull(CardPins.Weakness("150027", "341504196503150027", new DateOnly(1965, 3, 15)));
    }

    [Fact]
    public void Hash_IsSaltedAndSlow_AndHoldsNoTraceOfThePin()
    {
        var pins = Pins();
        var card = Guid.NewGuid();
        var a = pins.Hash(card, "580731");
        var b = pins.Hash(card, "580731");
        Assert.NotEqual(a, b);
        Assert.StartsWith("pbkdf2-sha256$1000$", a, StringComparison.Ordinal);
        Assert.DoesNotContain("580731", a, StringComparison.Ordinal);
        Assert.True(pins.Verify(card, "580731", a));
        Assert.False(pins.Verify(card, "580732", a));
        Assert.False(pins.Verify(Guid.NewGuid(), "580731", a));   // bound to its card
        Assert.False(pins.Verify(card, null, a));
        Assert.False(pins.Verify(card, "580731", null));
    }
}
