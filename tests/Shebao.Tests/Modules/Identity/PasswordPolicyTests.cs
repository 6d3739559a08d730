using Shebao.Core.Modules.Identity;

namespace Shebao.Tests.Modules.Identity;

public sealed class PasswordPolicyTests
{
    private static readonly ProfilePasswordValidator Dengbao = new(SecurityPolicyOptions.ForProfile(SecurityPolicyOptions.Dengbao));
    private static readonly ProfilePasswordValidator Asvs = new(SecurityPolicyOptions.ForProfile(SecurityPolicyOptions.Asvs));

    [Theory]
    [InlineData("Short1!", "密码至少需要8位")]
    [InlineData("alllowercase", "密码需包含大写字母、小写字母、数字、符号中的至少3类")]
    [InlineData("Password1", "密码过于常见，请换一个不易被猜到的密码")]
    [InlineData("Shihe.clerk#2026", "密码不能包含用户名")]
    public void Dengbao_RejectsWeakPasswords(string password, string message) => Assert.Equal(message, Dengbao.Check(password, "shihe.clerk"));

    [Fact]
    public void Dengbao_AcceptsThreeClasses() => Assert.Null(Dengbao.Check("Yeji@2026", "shihe.clerk"));

    [Fact]
    public void Asvs_HasNoCompositionRule() => Assert.Null(Asvs.Check("correct horse battery staple", "shihe.clerk"));

    [Fact]
    public void LongPasswords_AreAcceptedWhole()
    {
        var sixtyFour = new string('a', 30) + new string('B', 30) + "1234";
        Assert.Null(Dengbao.Check(sixtyFour, "x"));
    }

    [Fact]
    public void TemporaryPasswords_PassTheStrictProfile()
    {
        for (var i = 0; i < 200; i++) Assert.Null(Dengbao.Check(TemporaryPassword.New(), "admin"));
    }
}
