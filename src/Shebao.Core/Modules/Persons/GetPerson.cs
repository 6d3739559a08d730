using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Persons;

public sealed record SchemeStatus(string Scheme, string Status);

/// <summary>One person as a clerk of their area sees them: full name, every identifier masked.</summary>
public sealed record PersonDetail(
    Guid Id, string Name, string IdNumberMasked, string Gender, DateOnly BirthDate, int Age, string Ethnicity,
    string? PhoneMasked, string? BankAccountMasked, string? BankName, string? Address, string HouseholdType,
    string TownshipCode, string TownshipName, string VillageCode, string VillageName, string? GroupName,
    string SpecialIdentityCode, string SpecialIdentity, IReadOnlyList<SchemeStatus> Enrolments,
    string? Card, string? Benefit, string? Certification, int Version,
    IReadOnlyList<PersonSection> Sections, IReadOnlyList<PersonChangeView> History);

public sealed record PersonChangeView(DateTime At, string Kind, string Summary, string? Before, string? After, string By, string? CaseNumber);

public sealed class GetPersonHandler(AppDbContext db, CurrentScope currentScope, PersonSections sections, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<PersonDetail>> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var scope = await currentScope.GetAsync(ct);
        var p = await db.Persons.AsNoTracking().VisibleTo(scope).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return Result<PersonDetail>.From(Result.NotFound());
        var village = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Code == p.VillageCode, ct);
        var township = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Code == village.ParentCode, ct);

        audit.Record("person.view", "person", p.Id.ToString());
        await db.SaveChangesAsync(ct);

        var today = Platform.Clock.DateTimeExtensions.TodayInChina(clock);
        var blocks = await sections.GetAsync(p.Id, db, today, ct);
        var history = await db.Set<PersonChange>().AsNoTracking().Where(c => c.PersonId == p.Id).OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(100)
            .Select(c => new PersonChangeView(c.At, c.Kind, c.Summary, c.Before, c.After, c.By, c.CaseNumber)).ToListAsync(ct);
        string? Summary(string key) => blocks.FirstOrDefault(b => b.Key == key)?.Summary;
        var age = today.Year - p.BirthDate.Year - (today < p.BirthDate.AddYears(today.Year - p.BirthDate.Year) ? 1 : 0);
        return new PersonDetail(
            p.Id, p.Name, p.IdNumberMasked, Gender.Label(p.Gender), p.BirthDate, age, Ethnicities.Label(p.Ethnicity),
            p.PhoneMasked, p.BankAccountMasked, p.BankName, p.Address, HouseholdTypes.Labels.GetValueOrDefault(p.HouseholdType, p.HouseholdType),
            township.Code, township.Name, village.Code, village.Name, p.GroupName,
            p.SpecialIdentity, SpecialIdentities.Label(p.SpecialIdentity),
            [new SchemeStatus("城乡居民基本养老保险", ResidentStatus.Label(p.ResidentInsuredStatus, p.ResidentPaymentStatus)),
             new SchemeStatus("企业职工基本养老保险", EmployeePensionStatuses.Label(p.EmployeePensionStatus))],
            Card: Summary("card"), Benefit: Summary("benefit"), Certification: Summary("certification"), p.Version, blocks, history);
    }
}
