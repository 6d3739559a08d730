using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Tests.Modules.Persons;

/// <summary>The scheme status columns move only through Person's intent methods; each move is a registry change.</summary>
public sealed class PersonStatusTests
{
    private static readonly DateTime Created = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Now = new(2026, 11, 28, 1, 30, 0, DateTimeKind.Utc);

    private static Person NewPerson() => new() { Name = "测试", CreatedAt = Created, UpdatedAt = Created, Version = 3 };

    [Theory]
    [InlineData(ResidentInsuredStatuses.Insured, ResidentPaymentStatuses.Paying, "正常缴费", false)]
    [InlineData(ResidentInsuredStatuses.Suspended, ResidentPaymentStatuses.Suspended, "暂停缴费", false)]
    [InlineData(ResidentInsuredStatuses.Insured, ResidentPaymentStatuses.Receiving, "正常待遇", true)]
    [InlineData(ResidentInsuredStatuses.Suspended, ResidentPaymentStatuses.Receiving, "暂停待遇", true)]
    [InlineData(ResidentInsuredStatuses.Terminated, ResidentPaymentStatuses.Receiving, "终止参保", false)]
    public void SetResidentStatus_MovesThePair_AndCountsAsAChange(string insured, string payment, string label, bool receiving)
    {
        var p = NewPerson();

        p.SetResidentStatus(insured, payment, Now);

        Assert.Equal((insured, payment), (p.ResidentInsuredStatus, p.ResidentPaymentStatus));
        Assert.Equal(label, ResidentStatus.Label(p.ResidentInsuredStatus, p.ResidentPaymentStatus));
        Assert.Equal(receiving, p.ReceivesResidentPension);
        Assert.Equal((Now, 4), (p.UpdatedAt, p.Version));
    }

    [Theory]
    [InlineData(ResidentInsuredStatuses.NotInsured, null)]
    [InlineData(ResidentInsuredStatuses.Insured, ResidentPaymentStatuses.Suspended)]
    [InlineData(ResidentInsuredStatuses.Terminated, ResidentPaymentStatuses.Paying)]
    [InlineData(ResidentInsuredStatuses.Insured, null)]
    [InlineData("9", ResidentPaymentStatuses.Paying)]
    public void SetResidentStatus_APairTheNationalClientDoesNotName_IsRefused_AndNothingChanges(string insured, string? payment)
    {
        var p = NewPerson();

        Assert.Throws<ArgumentException>(() => p.SetResidentStatus(insured, payment, Now));

        Assert.Equal((ResidentInsuredStatuses.NotInsured, (string?)null), (p.ResidentInsuredStatus, p.ResidentPaymentStatus));
        Assert.Equal((Created, 3), (p.UpdatedAt, p.Version));
    }

    [Fact]
    public void ANewPerson_IsNotInTheResidentScheme_AndHasNoEmployeePensionRecord()
    {
        var p = NewPerson();

        Assert.Equal("未参保", ResidentStatus.Label(p.ResidentInsuredStatus, p.ResidentPaymentStatus));
        Assert.False(p.ReceivesResidentPension);
        Assert.Equal("无记录", EmployeePensionStatuses.Label(p.EmployeePensionStatus));
    }

    [Theory]
    [InlineData(EmployeePensionStatuses.Insured, "正常参保")]
    [InlineData(EmployeePensionStatuses.Receiving, "正常待遇")]
    [InlineData(EmployeePensionStatuses.Suspended, "参保暂停")]
    [InlineData(EmployeePensionStatuses.LumpSumRetired, "一次性退休")]
    [InlineData(EmployeePensionStatuses.BenefitSuspended, "待遇暂停")]
    public void SetEmployeePensionStatus_SetsTheNamedStatus_AndCountsAsAChange(string status, string label)
    {
        var p = NewPerson();

        p.SetEmployeePensionStatus(status, Now);

        Assert.Equal(label, EmployeePensionStatuses.Label(p.EmployeePensionStatus));
        Assert.Equal((Now, 4), (p.UpdatedAt, p.Version));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("")]
    public void SetEmployeePensionStatus_AnUnknownCode_IsRefused(string status)
    {
        var p = NewPerson();

        Assert.Throws<ArgumentException>(() => p.SetEmployeePensionStatus(status, Now));
        Assert.Null(p.EmployeePensionStatus);
    }

    [Fact]
    public void ChangeIdNumber_ReEncryptsReIndexesAndMasks_AndBirthDateAndGenderFollow()
    {
        var crypto = new BouncyCastleCryptoProvider(BouncyCastleCryptoProvider.GenerateOptions());
        var p = NewPerson();
        const string corrected = "34052419800101001X";

        p.ChangeIdNumber(corrected, crypto, Now);

        Assert.Equal(corrected, crypto.Decrypt(p.IdNumberCipher));
        Assert.Equal(PersonLookup.BlindIndex(crypto, corrected), p.IdNumberIndex);
        Assert.Equal(Masking.IdNumber(corrected), p.IdNumberMasked);
        Assert.Equal((new DateOnly(1980, 1, 1), Gender.Male), (p.BirthDate, p.Gender));
        Assert.Equal((Now, 4), (p.UpdatedAt, p.Version));
    }
}
