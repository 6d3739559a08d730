using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Persons;

/// <summary>
/// What another module gets back for a person found by ID number: enough to link a record, list or scope it,
/// never an identifier in plain.
/// </summary>
public sealed record PersonRef(Guid Id, string Name, string IdNumberMasked, string VillageCode, string OrgPath, bool ReceivesResidentPension);

/// <summary>
/// The one way to find a person by 公民身份号码 (normalise → validate → blind index → query), used by every module.
/// The index of an ID number is computed here and nowhere else.
/// </summary>
public sealed class PersonLookup(AppDbContext db, ICryptoProvider crypto, CurrentScope currentScope)
{
    private const int Chunk = 500;

    /// <summary>The projection every lookup returns, for a module that lists persons by other criteria (demo seeding).</summary>
    public static readonly Expression<Func<Person, PersonRef>> AsRef = p =>
        Ref(p.Id, p.Name, p.IdNumberMasked, p.VillageCode, p.OrgPath, p.ResidentInsuredStatus, p.ResidentPaymentStatus);

    /// <summary>The blind index of an ID number as typed or imported (normalised first): HMAC-SM3 under the index key.
    /// Only Persons computes it; other modules ask <see cref="IndexOf"/>.</summary>
    internal static string BlindIndex(ICryptoProvider crypto, string idNumber) => crypto.KeyedDigest(IdNumber.Normalize(idNumber));

    /// <summary>The blind index under which a subject's rows are kept (query imports) and found again.</summary>
    public string IndexOf(string idNumber) => BlindIndex(crypto, idNumber);

    /// <summary>
    /// A person of the caller's area. A malformed number is Invalid on <c>idNumber</c> with the specific reason; a
    /// number not registered, or registered in another area, is NotFound (the caller cannot tell which).
    /// </summary>
    public async Task<Result<PersonRef>> InScopeAsync(string? idNumber, CancellationToken ct = default) =>
        await FindAsync(idNumber, db.Persons.AsNoTracking().VisibleTo(await currentScope.GetAsync(ct)), ct);

    /// <summary>
    /// The ID number and name of a person of the caller's area, for a module that opens a case for a person it already holds
    /// (the certification due list), so the clerk never retypes or sees the number; null outside the area.
    /// </summary>
    public async Task<(string IdNumber, string Name)?> IdentityInScopeAsync(Guid personId, CancellationToken ct = default)
    {
        var found = await db.Persons.AsNoTracking().VisibleTo(await currentScope.GetAsync(ct)).Where(p => p.Id == personId)
            .Select(p => new { p.IdNumberCipher, p.Name }).SingleOrDefaultAsync(ct);
        return found is null ? null : (crypto.Decrypt(found.IdNumberCipher), found.Name);
    }

    /// <summary>A person anywhere in the district: the employer items name an employee who may live in any village.</summary>
    public Task<Result<PersonRef>> InDistrictAsync(string? idNumber, CancellationToken ct = default) =>
        FindAsync(idNumber, db.Persons.AsNoTracking(), ct);

    /// <summary>District-wide, for imports: the registered persons among <paramref name="indexes"/>, by index.</summary>
    public async Task<IReadOnlyDictionary<string, PersonRef>> ByIndexesAsync(IEnumerable<string> indexes, CancellationToken ct = default)
    {
        var found = new Dictionary<string, PersonRef>();
        foreach (var chunk in indexes.Distinct().Chunk(Chunk))
            foreach (var p in await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.IdNumberIndex))
                         .Select(p => new { p.IdNumberIndex, Ref = Ref(p.Id, p.Name, p.IdNumberMasked, p.VillageCode, p.OrgPath, p.ResidentInsuredStatus, p.ResidentPaymentStatus) })
                         .ToListAsync(ct))
                found[p.IdNumberIndex] = p.Ref;
        return found;
    }

    private async Task<Result<PersonRef>> FindAsync(string? idNumber, IQueryable<Person> persons, CancellationToken ct)
    {
        var id = IdNumber.Normalize(idNumber);
        if (IdNumber.Validate(id) is { } error) return Result<PersonRef>.From(Result.Invalid("idNumber", error));
        var index = BlindIndex(crypto, id);
        var person = await persons.Where(p => p.IdNumberIndex == index).Select(AsRef).SingleOrDefaultAsync(ct);
        return person is null ? Result<PersonRef>.From(Result.NotFound()) : person;
    }

    // Built on the client from the selected columns, so "receiving" has one definition (ResidentStatus.IsReceiving).
    private static PersonRef Ref(Guid id, string name, string idNumberMasked, string villageCode, string orgPath, string insured, string? payment) =>
        new(id, name, idNumberMasked, villageCode, orgPath, ResidentStatus.IsReceiving(insured, payment));
}
