using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Cards;
using Shebao.Core.Modules.Proofs;
using Shebao.Web.Hosting;

namespace Shebao.Tests.Platform;

/// <summary>The host binds the modules' options; the keys and defaults are those documented in README.md.</summary>
public sealed class ModuleOptionsTests
{
    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        return new ServiceCollection().AddModuleOptions(configuration).BuildServiceProvider();
    }

    [Fact]
    public void WithoutConfiguration_TheDefaultsHold()
    {
        using var sp = Services();
        var cards = sp.GetRequiredService<IOptions<CardOptions>>().Value;
        Assert.Equal((30, 5, 30, 100_000, "341500"), (cards.TemporaryLossDays, cards.PinMaxAttempts, cards.PinLockMinutes, cards.PinIterations, cards.IssuingArea));
        Assert.Equal("http://127.0.0.1:5000", sp.GetRequiredService<IOptions<ProofOptions>>().Value.PublicBaseUrl);
        Assert.Equal(200, sp.GetRequiredService<IOptions<BulkAccessOptions>>().Value.DistinctPersonsPerHour);
    }

    [Fact]
    public void ConfiguredValues_AreBoundFromTheirSections()
    {
        using var sp = Services(("Cards:TemporaryLossDays", "15"), ("Cards:PinIterations", "1000"), ("Cards:IssuingArea", "341502"),
            ("Proofs:PublicBaseUrl", "https://shebao.example.gov.cn/"), ("Audit:DistinctPersonsPerHour", "3"));
        var cards = sp.GetRequiredService<IOptions<CardOptions>>().Value;
        Assert.Equal((15, 1000, "341502"), (cards.TemporaryLossDays, cards.PinIterations, cards.IssuingArea));
        Assert.Equal("https://shebao.example.gov.cn/", sp.GetRequiredService<IOptions<ProofOptions>>().Value.PublicBaseUrl);
        Assert.Equal(3, sp.GetRequiredService<IOptions<BulkAccessOptions>>().Value.DistinctPersonsPerHour);
    }

    [Theory]
    [InlineData("Cards:TemporaryLossDays", "0")]
    [InlineData("Cards:PinMaxAttempts", "-1")]
    [InlineData("Cards:PinLockMinutes", "0")]
    [InlineData("Cards:PinIterations", "0")]
    [InlineData("Cards:IssuingArea", "34150")]
    [InlineData("Cards:IssuingArea", "34150X")]
    [InlineData("Proofs:PublicBaseUrl", "")]
    [InlineData("Proofs:PublicBaseUrl", "shebao.example.gov.cn")]
    [InlineData("Proofs:PublicBaseUrl", "ftp://shebao.example.gov.cn")]
    [InlineData("Audit:DistinctPersonsPerHour", "0")]
    public void AWrongValue_IsRefused_NamingTheSetting(string key, string value)
    {
        using var sp = Services((key, value));
        var member = key.Split(':')[1];
        object Read() => key.Split(':')[0] switch
        {
            "Cards" => sp.GetRequiredService<IOptions<CardOptions>>().Value,
            "Proofs" => sp.GetRequiredService<IOptions<ProofOptions>>().Value,
            _ => sp.GetRequiredService<IOptions<BulkAccessOptions>>().Value,
        };
        var e = Assert.Throws<OptionsValidationException>(Read);
        Assert.Contains(member, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProofLinks_DoNotDoubleTheSlash_WhenTheBaseUrlEndsWithOne()
    {
        var issuer = new ProofIssuer(null!, null!, null!, null!, TimeProvider.System, new ProofOptions { PublicBaseUrl = "https://shebao.example.gov.cn/" });
        Assert.Equal("https://shebao.example.gov.cn/verify?no=P1&code=C2", issuer.VerifyUrl("P1", "C2"));
    }
}
