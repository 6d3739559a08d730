using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Employers;
using Shebao.Core.Modules.Employers.Demo;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Employers;

/// <summary>
/// Runs an item's rules directly, as the case handlers do, on the test database: a form, a person, a day and
/// the acting clerk's area. Each test takes persons nobody has used yet (not on a roll, not flexible).
/// </summary>
public sealed class EmployerRulesFixture : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 11, 28);
    public const string Shunhe = "341504001003";
    public const string Wulou = "341504002200";

    private readonly HashSet<Guid> used = [];
    private int employers;

    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await TestApp.StartAsync(demoPersons: 500);

    public async Task DisposeAsync() => await App.DisposeAsync();

    public Task<T> WithDbAsync<T>(Func<AppDbContext, IServiceProvider, Task<T>> work) =>
        App.InScopeAsync(sp => work(sp.GetRequiredService<AppDbContext>(), sp));

    /// <summary>A working-age person of the district with no employment or flexible record, never handed out before.</summary>
    public async Task<Person> FreshPersonAsync(int minAge = 20, int maxAge = 55, string pathPrefix = "/")
    {
        var person = await WithDbAsync(async (db, _) =>
        {
            var candidates = await db.Persons.AsNoTracking().Where(p => p.OrgPath.StartsWith(pathPrefix))
                .Where(p => p.BirthDate <= Today.AddYears(-minAge) && p.BirthDate > Today.AddYears(-maxAge))
                .Where(p => !db.Set<EmployerRollEntry>().Any(r => r.PersonId == p.Id) && !db.Set<FlexibleEnrolment>().Any(f => f.PersonId == p.Id))
                .OrderBy(p => p.Id).Take(200).ToListAsync();
            return candidates.First(p => !used.Contains(p.Id));
        });
        used.Add(person.Id);
        return person;
    }

    public string PlainId(Person person) => App.Services.GetRequiredService<ICryptoProvider>().Decrypt(person.IdNumberCipher);

    /// <summary>A new employer registered at the unit, with a valid credit code of its own.</summary>
    public async Task<Employer> EmployerAsync(string orgUnit = Shunhe)
    {
        var n = 100 + Interlocked.Increment(ref employers);
        return await WithDbAsync(async (db, _) =>
        {
            var unit = await db.OrgUnits.SingleAsync(o => o.Code == orgUnit);
            var employer = new Employer
            {
                Id = Guid.NewGuid(), UnitCode = $"T{n:D6}", CreditCode = EmployersDemo.CreditCode("91", n), Name = $"测试单位{n}有限公司",
                LegalRepresentative = "测试", Officer = "测试", InjuryRiskClass = 2, OrgUnitCode = orgUnit, OrgPath = unit.Path, CreatedAt = DateTime.UtcNow,
            };
            db.Add(employer);
            await db.SaveChangesAsync();
            return employer;
        });
    }

    public Task<OrgScope> ScopeOfAsync(string orgUnit) =>
        WithDbAsync(async (db, _) => new OrgScope(await db.OrgUnits.Where(o => o.Code == orgUnit).Select(o => o.Path).SingleAsync()));

    public Task<IReadOnlyList<RuleCheck>> CheckAsync<TRules>(Guid personId, Dictionary<string, string?> form, string clerkUnit = Shunhe, DateOnly? today = null)
        where TRules : CaseItemRules =>
        WithDbAsync(async (db, sp) => await Rules<TRules>(sp).CheckAsync(Context<TRules>(db, sp, personId, form, await ScopeOfAsync(clerkUnit), today), CancellationToken.None));

    /// <summary>Checks (all must pass) and applies the item's effect, as an approval does, and saves.</summary>
    public Task ApplyAsync<TRules>(Guid personId, Dictionary<string, string?> form, string clerkUnit = Shunhe) where TRules : CaseItemRules =>
        WithDbAsync(async (db, sp) =>
        {
            var context = Context<TRules>(db, sp, personId, form, await ScopeOfAsync(clerkUnit), null);
            var failures = CaseRulebook.Failures(await Rules<TRules>(sp).CheckAsync(context, CancellationToken.None));
            Assert.Empty(failures);
            await Rules<TRules>(sp).ApplyAsync(context, CancellationToken.None);
            await db.SaveChangesAsync();
            return true;
        });

    private static TRules Rules<TRules>(IServiceProvider sp) where TRules : CaseItemRules => sp.GetServices<CaseItemRules>().OfType<TRules>().Single();

    private static CaseContext Context<TRules>(AppDbContext db, IServiceProvider sp, Guid personId, Dictionary<string, string?> form, OrgScope scope, DateOnly? today)
        where TRules : CaseItemRules =>
        new(Rules<TRules>(sp).ItemCodes.Single(), personId, null, new FormValues(JsonSerializer.Serialize(form.Where(kv => kv.Value is not null).ToDictionary()), sp.GetRequiredService<ICryptoProvider>()),
            today ?? Today, DateTime.UtcNow, "rules.test", scope, db) { CaseNumber = "YJ261128ZJ99999" };
}
