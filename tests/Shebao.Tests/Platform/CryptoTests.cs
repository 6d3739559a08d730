using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Tests.Platform;

public sealed class CryptoTests
{
    private static readonly BouncyCastleCryptoProvider Provider = new(BouncyCastleCryptoProvider.GenerateOptions());

    [Fact]
    public void Sm3_MatchesTheGbT32905Vector() =>
        Assert.Equal("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", Convert.ToHexStringLower(Sm3.Hash("abc"u8)));

    [Fact]
    public void Sm4Engine_MatchesTheGbT32907Vector()
    {
        var key = Convert.FromHexString("0123456789abcdeffedcba9876543210");
        var engine = new SM4Engine();
        engine.Init(true, new KeyParameter(key));
        var output = new byte[16];
        engine.ProcessBlock(key, 0, output, 0);
        Assert.Equal("681edf34d206965e86b3e94f536e4246", Convert.ToHexStringLower(output));
    }

    [Fact]
    public void Encrypt_RoundTrips_WithAFreshIvEachTime()
    {
        var a = Provider.Encrypt("341504196503150027");
        var b = Provider.Encrypt("341504196503150027");
        Assert.NotEqual(a, b);
        Assert.DoesNotContain("341504196503150027", a, StringComparison.Ordinal);
        Assert.StartsWith("sm4gcm:k1:", a, StringComparison.Ordinal);
        Assert.Equal("341504196503150027", Provider.Decrypt(a));
    }

    [Fact]
    public void Decrypt_TamperedCiphertext_IsDetected()
    {
        var value = Provider.Encrypt("13805641234");
        var bytes = Convert.FromBase64String(value.Split(':')[2]);
        bytes[14] ^= 0x01;
        var tampered = "sm4gcm:k1:" + Convert.ToBase64String(bytes);
        Assert.ThrowsAny<Exception>(() => Provider.Decrypt(tampered));
    }

    [Fact]
    public void Decrypt_AfterKeyRotation_ReadsOldValues()
    {
        var options = BouncyCastleCryptoProvider.GenerateOptions();
        var old = new BouncyCastleCryptoProvider(options).Encrypt("6228480000123456789");
        options.Keys["k2"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        options.ActiveKeyId = "k2";
        var rotated = new BouncyCastleCryptoProvider(options);
        Assert.Equal("6228480000123456789", rotated.Decrypt(old));
        Assert.StartsWith("sm4gcm:k2:", rotated.Encrypt("x"), StringComparison.Ordinal);
    }

    [Fact]
    public void KeyedDigest_IsDeterministicAndKeyed()
    {
        Assert.Equal(Provider.KeyedDigest("341504196503150027"), Provider.KeyedDigest("341504196503150027"));
        Assert.NotEqual(Provider.KeyedDigest("341504196503150027"), Provider.KeyedDigest("341504195807120041"));
        var other = new BouncyCastleCryptoProvider(BouncyCastleCryptoProvider.GenerateOptions());
        Assert.NotEqual(Provider.KeyedDigest("341504196503150027"), other.KeyedDigest("341504196503150027"));
    }

    [Fact]
    public void HmacSm3_MatchesTheRfc2104Construction()
    {
        // HMAC built by hand from SM3 (block size 64): an independent check of BouncyCastle's HMac.
        var key = Encoding.ASCII.GetBytes("shebao-index-key");
        var message = Encoding.ASCII.GetBytes("341504196503150027");
        var block = new byte[64];
        key.CopyTo(block, 0);
        var inner = Sm3.Hash([.. block.Select(b => (byte)(b ^ 0x36)), .. message]);
        var expected = Sm3.Hash([.. block.Select(b => (byte)(b ^ 0x5c)), .. inner]);
        Assert.Equal(Convert.ToHexStringLower(expected), Convert.ToHexStringLower(Sm3.Hmac(key, message)));
    }

    [Fact]
    public void Provider_WithoutKeys_RefusesToStart() =>
        Assert.Throws<InvalidOperationException>(() => new BouncyCastleCryptoProvider(new CryptoOptions()));
}
