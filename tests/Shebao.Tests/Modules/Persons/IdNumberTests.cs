using System.Globalization;
using CsCheck;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.Persons.Demo;

namespace Shebao.Tests.Modules.Persons;

public sealed class IdNumberTests
{
    /// <summary>Valid numbers built from a real area code, an existing date and a sequence, with the computed check character.</summary>
    private static readonly Gen<string> ValidIds =
        from area in Gen.OneOf("341504", "341522", "342422", "341502", "110101")
        from days in Gen.Int[0, 33_000]
        let birth = new DateTime(1920, 1, 1).AddDays(days)
        from sequence in Gen.Int[0, 999]
        let first17 = area + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("000", CultureInfo.InvariantCulture)
        select first17 + IdNumber.CheckChar(first17);

    [Theory]
    [InlineData("34052419800101001X")]
    [InlineData("341504196503150027")]
    [InlineData("341504195807120041")]
    public void Validate_DocumentedVectors_AreValid(string id) => Assert.Null(IdNumber.Validate(id));

    [Fact]
    public void Validate_WrongCheckCharacter_SaysSo() =>
        Assert.Equal("公民身份号码校验位不正确，请核对后重新输入", IdNumber.Validate("341504196503150028"));

    [Fact]
    public void Validate_GeneratedValidNumbers_AreAccepted() =>
        ValidIds.Sample(id => Assert.Null(IdNumber.Validate(id)), iter: 2000);

    [Fact]
    public void Validate_AnySingleCharacterChange_IsRejected() =>
        // MOD 11-2 catches every single substitution; the date check may catch it first.
        (from id in ValidIds from position in Gen.Int[0, 17] from shift in Gen.Int[1, 10] select (id, position, shift)).Sample(t =>
        {
            var alphabet = "0123456789X";
            var (id, position, shift) = t;
            var chars = id.ToCharArray();
            var current = alphabet.IndexOf(chars[position], StringComparison.Ordinal);
            chars[position] = alphabet[(current + shift) % (position == 17 ? 11 : 10)];
            var mutated = new string(chars);
            Assert.True(mutated == id || IdNumber.Validate(mutated) is not null, mutated);
        }, iter: 3000);

    [Fact]
    public void Validate_AdjacentTransposition_IsRejected() =>
        (from id in ValidIds from position in Gen.Int[0, 16] select (id, position)).Sample(t =>
        {
            var (id, position) = t;
            var chars = id.ToCharArray();
            (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
            var swapped = new string(chars);
            Assert.True(swapped == id || IdNumber.Validate(swapped) is not null, swapped);
        }, iter: 3000);

    [Theory]
    [InlineData("34150419650315002", "公民身份号码应为18位，当前为17位")]
    [InlineData("3415041965031500271", "公民身份号码应为18位，当前为19位")]
    [InlineData("34150419650230002X", "公民身份号码中的出生日期不存在")]
    [InlineData("3415041965A315002X", "公民身份号码前17位必须是数字")]
    [InlineData("", "请输入公民身份号码")]
    public void Validate_Malformed_GivesSpecificMessage(string id, string message) => Assert.Equal(message, IdNumber.Validate(id));

    [Fact]
    public void Normalize_LowercaseXAndFullWidthDigits_BecomeCanonical()
    {
        Assert.Equal("34052419800101001X", IdNumber.Normalize(" 34052419800101001x "));
        Assert.Equal("341504196503150027", IdNumber.Normalize("３４１５０４１９６５０３１５００２７"));
        Assert.True(IdNumber.IsValid("34052419800101001x"));
    }

    [Fact]
    public void GenderAndBirthDate_AreDerivedFromTheNumber()
    {
        Assert.Equal(Gender.Female, IdNumber.GenderOf("341504196503150027"));
        Assert.Equal(Gender.Male, IdNumber.GenderOf("34052419800101001X"));
        Assert.Equal(new DateOnly(1965, 3, 15), IdNumber.BirthDateOf("341504196503150027"));
    }

    [Fact]
    public void DemoGenerator_ProducesOnlyValidNumbers()
    {
        var generator = new DemoPersonGenerator(42);
        var today = new DateOnly(2026, 11, 28);
        for (var i = 0; i < 5000; i++)
        {
            var person = generator.Next(today, "测试");
            Assert.Null(IdNumber.Validate(person.IdNumber, today));
            Assert.InRange(today.Year - IdNumber.BirthDateOf(person.IdNumber)!.Value.Year, 16, 97);
        }
    }
}
