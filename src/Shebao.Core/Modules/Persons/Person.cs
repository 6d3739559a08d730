using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Core.Modules.Persons;

/// <summary>
/// An insured person (参保人). ID number, phone and bank account exist only SM4-encrypted plus their
/// masked form; the blind index makes exact ID search possible without decrypting anything.
/// </summary>
public sealed class Person : IOrgScoped
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";                     // aac003
    public string IdNumberCipher { get; set; } = "";           // aac002, encrypted
    public string IdNumberIndex { get; set; } = "";            // HMAC-SM3 blind index, unique
    public string IdNumberMasked { get; set; } = "";
    public string Gender { get; set; } = "";                   // aac004, derived from the ID
    public DateOnly BirthDate { get; set; }                    // aac006, derived from the ID
    public string Ethnicity { get; set; } = "01";              // aac005, GB 3304 code
    public string? PhoneCipher { get; set; }                   // aae005, encrypted
    public string? PhoneMasked { get; set; }
    public string? BankAccountCipher { get; set; }             // aae010, encrypted
    public string? BankAccountMasked { get; set; }
    public string? BankName { get; set; }                      // aae008
    public string? Address { get; set; }                       // aae006
    public string HouseholdType { get; set; } = HouseholdTypes.Rural;  // aac009
    public string VillageCode { get; set; } = "";              // aaf102
    public string? GroupName { get; set; }                     // aaf103 组
    public string OrgPath { get; set; } = "";                  // materialised path of the village
    public string SpecialIdentity { get; set; } = SpecialIdentities.Ordinary; // aac066

    // Scheme status fields: other modules move them only through the intent methods below.
    public string ResidentInsuredStatus { get; private set; } = ResidentInsuredStatuses.NotInsured;   // aac008 参保状态
    public string? ResidentPaymentStatus { get; private set; }                                     // aac031 缴费状态
    public string? EmployeePensionStatus { get; private set; }                                     // 职保状态

    /// <summary>Accepted on an open registration case (A1-03), not yet approved: a query filter keeps it out of every registry query.</summary>
    public bool RegistrationPending { get; internal set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Application-managed optimistic concurrency token.</summary>
    public int Version { get; set; }

    /// <summary>领取城居保待遇 (running or paused); see <see cref="ResidentStatus.IsReceiving"/>.</summary>
    public bool ReceivesResidentPension => ResidentStatus.IsReceiving(ResidentInsuredStatus, ResidentPaymentStatus);

    /// <summary>Moves the 城居保 参保状态/缴费状态 pair together; only the pairs the national client names are accepted.</summary>
    public void SetResidentStatus(string insured, string? payment, DateTime nowUtc)
    {
        if (insured == ResidentInsuredStatuses.NotInsured || ResidentStatus.Label(insured, payment) == ResidentStatus.Unknown)
            throw new ArgumentException($"Not a 城居保 status an enrolled person can be in: {insured}/{payment}.", nameof(insured));
        (ResidentInsuredStatus, ResidentPaymentStatus) = (insured, payment);
        Touch(nowUtc);
    }

    /// <summary>Sets the 职保状态 the employer and flexible-employment items keep.</summary>
    public void SetEmployeePensionStatus(string status, DateTime nowUtc)
    {
        if (EmployeePensionStatuses.Label(status) == status)
            throw new ArgumentException($"Unknown 职保状态 {status}.", nameof(status));
        EmployeePensionStatus = status;
        Touch(nowUtc);
    }

    /// <summary>A corrected ID number (A1-05): cipher, index and masked form change together, and gender and birth date follow it.</summary>
    public void ChangeIdNumber(string normalizedIdNumber, ICryptoProvider crypto, DateTime nowUtc)
    {
        var birth = IdNumber.BirthDateOf(normalizedIdNumber) ?? throw new ArgumentException("invalid ID number", nameof(normalizedIdNumber));
        IdNumberCipher = crypto.Encrypt(normalizedIdNumber);
        IdNumberIndex = PersonLookup.BlindIndex(crypto, normalizedIdNumber);
        IdNumberMasked = Masking.IdNumber(normalizedIdNumber);
        BirthDate = birth;
        Gender = IdNumber.GenderOf(normalizedIdNumber);
        Touch(nowUtc);
    }

    /// <summary>Every registry change moves the update time and the concurrency token.</summary>
    public void Touch(DateTime nowUtc)
    {
        UpdatedAt = nowUtc;
        Version++;
    }
}
