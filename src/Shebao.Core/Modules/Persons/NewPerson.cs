using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Core.Modules.Persons;

public sealed record NewPersonData(string Name, string IdNumber, string? Phone, string? BankAccount, string? BankName, string? Address, string Ethnicity, string HouseholdType, string? GroupName, string SpecialIdentity);

/// <summary>Builds a registry record: derives gender and birth date from the ID, encrypts and masks every identifier.</summary>
public static class NewPerson
{
    /// <summary>
    /// The caller has validated <paramref name="data"/>; the ID must be normalised and valid. A caller that already
    /// computed the blind index (bulk seeding checks it for duplicates) passes it instead of paying for it twice.
    /// </summary>
    public static Person Create(NewPersonData data, OrgUnit village, ICryptoProvider crypto, DateTime nowUtc, Guid? id = null, string? idNumberIndex = null) => new()
    {
        Id = id ?? Guid.CreateVersion7(),
        Name = data.Name,
        IdNumberCipher = crypto.Encrypt(data.IdNumber),
        IdNumberIndex = idNumberIndex ?? PersonLookup.BlindIndex(crypto, data.IdNumber),
        IdNumberMasked = Masking.IdNumber(data.IdNumber),
        Gender = IdNumber.GenderOf(data.IdNumber),
        BirthDate = IdNumber.BirthDateOf(data.IdNumber) ?? throw new ArgumentException("invalid ID number", nameof(data)),
        Ethnicity = data.Ethnicity,
        PhoneCipher = data.Phone is null ? null : crypto.Encrypt(data.Phone),
        PhoneMasked = data.Phone is null ? null : Masking.Phone(data.Phone),
        BankAccountCipher = data.BankAccount is null ? null : crypto.Encrypt(data.BankAccount),
        BankAccountMasked = data.BankAccount is null ? null : Masking.BankAccount(data.BankAccount),
        BankName = data.BankName,
        Address = data.Address,
        HouseholdType = data.HouseholdType,
        VillageCode = village.Code,
        GroupName = data.GroupName,
        OrgPath = village.Path,
        SpecialIdentity = data.SpecialIdentity,
        CreatedAt = nowUtc,
        UpdatedAt = nowUtc,
    };
}
