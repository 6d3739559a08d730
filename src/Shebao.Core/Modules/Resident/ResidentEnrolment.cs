using Shebao.Core.Modules.Persons;

namespace Shebao.Core.Modules.Resident;

/// <summary>The 城居保 relation of one person; the status pair aac008/aac031 lives on the person row.</summary>
internal sealed class ResidentEnrolment
{
    public Guid PersonId { get; set; }
    public string EnrolledMonth { get; set; } = "";        // aac049 参保年月 "yyyy-MM"
    public decimal Grade { get; set; }                     // 缴费档次 元/年
    public string PaymentMethod { get; set; } = PaymentMethods.BankCollection;      // aab033
    public string? WithholdingAccountCipher { get; set; }
    public string? WithholdingAccountMasked { get; set; }
    public string InsuredIdentity { get; set; } = SpecialIdentities.Ordinary;   // aac066 at enrolment
    public string Age60Month { get; set; } = "";           // the month the person turns 60, from the birth date
    public string? InterruptReason { get; set; }           // aae160 6399
    public string? InterruptMonth { get; set; }
    public string? InterruptRemark { get; set; }
    public string? TransferredFrom { get; set; }           // 转出地经办机构
    public int TransferredYears { get; set; }
    public Guid? CaseId { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>One year's contribution (aae003) with its parts; counted as paid once received (到账).</summary>
internal sealed class ResidentContribution
{
    public long Id { get; set; }
    public Guid PersonId { get; set; }
    public int Year { get; set; }
    public string Kind { get; set; } = ContributionKinds.Regular;  // aaa115
    public decimal Grade { get; set; }
    public decimal Personal { get; set; }                  // aae341 1
    public decimal ProvincialSubsidy { get; set; }         // 3
    public decimal CitySubsidy { get; set; }               // 4
    public decimal CountySubsidy { get; set; }             // 5
    public decimal Collective { get; set; }
    public decimal GovernmentPaid { get; set; }            // 11
    public string Status { get; set; } = ContributionStatuses.Pending;
    public DateOnly? ReceivedOn { get; set; }
    public Guid? CaseId { get; set; }
    public DateTime CreatedAt { get; set; }

    public decimal Total => Personal + ProvincialSubsidy + CitySubsidy + CountySubsidy + Collective + GovernmentPaid;
}

/// <summary>The personal account by part (domain.md §6.1), rebuilt from received contributions by <see cref="AccountLedger"/>.</summary>
internal sealed class ResidentAccount
{
    public Guid PersonId { get; set; }
    public decimal Personal { get; set; }
    public decimal ProvincialSubsidy { get; set; }
    public decimal CitySubsidy { get; set; }
    public decimal CountySubsidy { get; set; }
    public decimal Collective { get; set; }
    public decimal GovernmentPaid { get; set; }
    public decimal TransferredIn { get; set; }
    public decimal Interest { get; set; }
    public int InterestThroughYear { get; set; }
    public DateTime UpdatedAt { get; set; }

    public decimal Balance => Personal + ProvincialSubsidy + CitySubsidy + CountySubsidy + Collective + GovernmentPaid + TransferredIn + Interest;
}

/// <summary>参保身份 aac066 with its validity; drives 政府代缴 for the years it covers.</summary>
internal sealed class SpecialIdentityRecord
{
    public long Id { get; set; }
    public Guid PersonId { get; set; }
    public string Code { get; set; } = "";
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string Authority { get; set; } = "";
    public string? CertificateCipher { get; set; }
    public string? CertificateMasked { get; set; }
    public DateOnly? EndedOn { get; set; }
    public Guid? CaseId { get; set; }
    public DateTime CreatedAt { get; set; }

    public bool CoversYear(int year) => ValidFrom.Year <= year && (ValidTo is null || ValidTo.Value.Year >= year) && (EndedOn is null || EndedOn.Value.Year >= year);

    public bool CurrentOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || ValidTo >= day) && EndedOn is null;
}

internal static class ContributionKinds
{
    public const string Regular = "10";
    public const string BackPayment = "31";

    public static string Label(string kind) => kind == BackPayment ? "补缴" : "正常应缴";
}

internal static class ContributionStatuses
{
    public const string Pending = "pending";
    public const string Received = "received";

    public static string Label(string status) => status == Received ? "已到账" : "待到账";
}

/// <summary>缴费方式 aab033.</summary>
internal static class PaymentMethods
{
    public const string BankCollection = "2";   // 银行代收
    public const string AtCounter = "3";        // 经办机构自收

    public static string Label(string method) => method == BankCollection ? "银行代收" : "经办机构自收";
}
