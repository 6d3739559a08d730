using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Persons;

/// <summary>Who holds an ID number anywhere in the district, pending registrations included: enough to say where, never who.</summary>
public sealed record RegistryHolder(Guid PersonId, bool Pending, string VillageCode, string OrgPath);

/// <summary>Where a case's applicant stands in the registry.</summary>
public static class RegistrationStates
{
    public const string Registered = "registered";
    public const string Pending = "pending";
    public const string Removed = "removed";
}

/// <summary>
/// A person new to the registry, accepted on a registration case: a <see cref="Person"/> with
/// <see cref="Person.RegistrationPending"/> set, which the model's query filter keeps out of every registry query
/// until the case is approved; a refused or withdrawn case removes it (the case keeps the name and masked number).
/// </summary>
public sealed class PendingRegistrations(AppDbContext db, ICryptoProvider crypto)
{
    private IQueryable<Person> All => db.Persons.IgnoreQueryFilters();

    /// <summary>The holder of a valid, normalised ID number anywhere in the district, registered or pending.</summary>
    public async Task<RegistryHolder?> HolderAsync(string normalizedIdNumber, CancellationToken ct = default)
    {
        var index = PersonLookup.BlindIndex(crypto, normalizedIdNumber);
        return await All.AsNoTracking().Where(p => p.IdNumberIndex == index)
            .Select(p => new RegistryHolder(p.Id, p.RegistrationPending, p.VillageCode, p.OrgPath)).SingleOrDefaultAsync(ct);
    }

    /// <summary>Adds the pending person to the caller's unit of work (its SaveChanges races on the unique ID index).</summary>
    public PersonRef Register(NewPersonData data, OrgUnit village, DateTime nowUtc)
    {
        var person = NewPerson.Create(data, village, crypto, nowUtc);
        person.RegistrationPending = true;
        db.Persons.Add(person);
        return new PersonRef(person.Id, person.Name, person.IdNumberMasked, person.VillageCode, person.OrgPath, false);
    }

    /// <summary>Approval: the pending person joins the registry, with a history row naming the case.</summary>
    public async Task ConfirmAsync(Guid personId, string by, DateTime nowUtc, Guid caseId, string caseNumber, CancellationToken ct = default)
    {
        var person = await All.SingleOrDefaultAsync(p => p.Id == personId && p.RegistrationPending, ct);
        if (person is null) return;
        person.RegistrationPending = false;
        person.Touch(nowUtc);
        PersonHistory.Record(db, person.Id, "person.register", "新参保人登记", null,
            new { 姓名 = person.Name, 公民身份号码 = person.IdNumberMasked, 村社区 = person.VillageCode, 组 = person.GroupName, 联系电话 = person.PhoneMasked }, by, nowUtc, caseId, caseNumber);
    }

    /// <summary>Refusal or withdrawal: the pending person disappears; a registered one is never touched.</summary>
    public async Task DiscardAsync(Guid personId, CancellationToken ct = default)
    {
        var person = await All.SingleOrDefaultAsync(p => p.Id == personId && p.RegistrationPending, ct);
        if (person is not null) db.Persons.Remove(person);
    }

    /// <summary>One of <see cref="RegistrationStates"/>.</summary>
    public async Task<string> StateAsync(Guid personId, CancellationToken ct = default)
    {
        var pending = await All.Where(p => p.Id == personId).Select(p => (bool?)p.RegistrationPending).SingleOrDefaultAsync(ct);
        return pending switch { null => RegistrationStates.Removed, true => RegistrationStates.Pending, false => RegistrationStates.Registered };
    }
}
