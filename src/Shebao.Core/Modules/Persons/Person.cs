using Shebao.Core.Modules.Organisations;

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

    // Scheme status fields; later modules (enrolment, benefits) fill them.
    public string ResidentInsuredStatus { get; set; } = "0";   // aac008 参保状态: 0 未参保
    public string? ResidentPaymentStatus { get; set; }         // aac031 缴费状态
    public string? EmployeePensionStatus { get; set; }         // 职保状态

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Application-managed optimistic concurrency token.</summary>
    public int Version { get; set; }
}
