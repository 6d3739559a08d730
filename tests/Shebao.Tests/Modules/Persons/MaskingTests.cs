using Shebao.Core.Modules.Persons;

namespace Shebao.Tests.Modules.Persons;

public sealed class MaskingTests
{
    [Fact]
    public void IdNumber_KeepsFirstSixAndLastFour() => Assert.Equal("341504********0027", Masking.IdNumber("341504196503150027"));

    [Fact]
    public void Phone_KeepsFirstThreeAndLastFour() => Assert.Equal("138****1234", Masking.Phone("13805641234"));

    [Fact]
    public void BankAccount_KeepsFirstSixAndLastFour() => Assert.Equal("622848*********6789", Masking.BankAccount("6228480000123456789"));

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("王秀兰", "王*兰")]
    [InlineData("欧阳小明", "欧**明")]
    public void Name_KeepsSurname(string name, string masked) => Assert.Equal(masked, Masking.Name(name));
}
