using Shebao.Core.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Identity;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Cards.Demo;
using Shebao.Core.Modules.Certification.Demo;
using Shebao.Core.Modules.Employers.Demo;
using Shebao.Core.Modules.Identity.Demo;
using Shebao.Core.Modules.Organisations.Demo;
using Shebao.Core.Modules.Persons.Demo;
using Shebao.Core.Modules.Queries.Demo;
using Shebao.Core.Modules.Resident.Demo;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Platform.Seeding;

/// <summary>Start-up seeding: the official tree and roles always; in demo mode, once, each module's Demo/&lt;Module&gt;Demo in dependency order.</summary>
public sealed class Seeder(AppDbContext db, RoleManager<IdentityRole> roles, UserManager<AppUser> users, ICryptoProvider crypto, TimeProvider clock, SeedPersonsHandler seedPersons, ResidentDemo residentDemo, AuditTrail audit, Modules.Queries.QueryCatalogue queryCatalogue)
{
    public async Task SeedBaseAsync(bool demo, CancellationToken ct = default)
    {
        await OrgTree.SeedOfficialAsync(db, ct);
        if (demo) await OrganisationsDemo.SeedAsync(db, ct);
        await Modules.Parameters.ParameterStore.SeedAsync(db, clock.GetUtcNow().UtcDateTime, ct);
        await Modules.Calendar.CalendarStore.SeedAsync(db, clock.GetUtcNow().UtcDateTime, ct);
        await Modules.Cases.CaseNumbers.SeedAsync(db, ct);
        foreach (var role in RoleNames.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }

    /// <summary>True when it seeded; false when the database already had users (demo data is made once).</summary>
    public async Task<bool> SeedDemoAsync(int persons, CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(ct)) return false;
        await IdentityDemo.SeedAsync(users, clock);
        audit.Record("demo.seed", reason: $"users={DemoAccounts.All.Count}");
        await PersonsDemo.SeedAsync(db, crypto, clock, ct);
        await residentDemo.SeedAsync(ct);
        await seedPersons.HandleAsync(persons, seed: 20261128, ct: ct);
        await EmployersDemo.SeedAsync(db, clock, ct);
        await CertificationDemo.SeedAsync(db, crypto, clock, ct);
        await CardsDemo.SeedAsync(db, crypto, clock, ct);
        await QueriesDemo.SeedAsync(db, queryCatalogue, crypto, clock, ct);
        return true;
    }

    /// <summary>Production bootstrap: the first administrator, with a one-time password to change at first login.</summary>
    public async Task<Result<string>> CreateAdminAsync(string userName, string displayName, CancellationToken ct = default)
    {
        userName = userName.Trim().ToLowerInvariant();
        if (!System.Text.RegularExpressions.Regex.IsMatch(userName, "^[a-z][a-z0-9._-]{2,31}$"))
            return Result<string>.From(Result.Invalid("username", "用户名须以字母开头，3到32位，只含小写字母、数字、点、下划线或连字符"));
        if (await users.FindByNameAsync(userName) is not null) return Result<string>.From(Result.Conflict("该用户名已存在"));
        var password = TemporaryPassword.New();
        var user = new AppUser { UserName = userName, DisplayName = displayName, OrgUnitCode = OrgTree.DistrictCode, MustChangePassword = true, CreatedAt = clock.GetUtcNow().UtcDateTime, LockoutEnabled = true };
        audit.Record("user.create", "user", userName, fields: ["role"], reason: "command line: admin create");
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return Result<string>.From(Result.Invalid("username", string.Join("；", created.Errors.Select(e => e.Description))));
        await users.AddToRoleAsync(user, RoleNames.DistrictAdmin);
        return password;
    }
}
