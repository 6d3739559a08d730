using Shebao.Core.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Identity;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Platform.Seeding;

/// <summary>Start-up seeding: the official tree and roles always; demo accounts and persons only in demo mode, only once.</summary>
public sealed class Seeder(AppDbContext db, RoleManager<IdentityRole> roles, UserManager<AppUser> users, ICryptoProvider crypto, TimeProvider clock, SeedPersonsHandler seedPersons, Modules.Resident.ResidentDemoData residentDemo, AuditTrail audit, Modules.Queries.QueryCatalogue queryCatalogue)
{
    public async Task SeedBaseAsync(bool demo, CancellationToken ct = default)
    {
        await OrgTree.SeedOfficialAsync(db, includeDemoVillages: demo, ct);
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
        foreach (var account in DemoAccounts.All)
        {
            var user = new AppUser { UserName = account.UserName, DisplayName = account.DisplayName, OrgUnitCode = account.OrgUnitCode, CreatedAt = clock.GetUtcNow().UtcDateTime, LockoutEnabled = true, PasswordChangedAt = clock.GetUtcNow().UtcDateTime };
            var created = await users.CreateAsync(user, DemoAccounts.Password);
            if (!created.Succeeded) throw new InvalidOperationException($"Demo user {account.UserName}: {string.Join(",", created.Errors.Select(e => e.Description))}");
            await users.AddToRoleAsync(user, account.Role);
        }
        var villages = await db.OrgUnits.Where(o => o.Kind == OrgKinds.Village).ToDictionaryAsync(o => o.Code, ct);
        foreach (var (name, id, villageCode, phone) in DemoAccounts.KnownPersons)
        {
            var village = villages[villageCode];
            db.Persons.Add(NewPerson.Create(new NewPersonData(name, id, phone, "6228480000123456789", "中国农业银行", $"安徽省六安市叶集区{village.Name}第3组18号", "01", HouseholdTypes.Rural, "第3组", SpecialIdentities.Ordinary), village, crypto, clock.GetUtcNow().UtcDateTime));
        }
        audit.Record("demo.seed", reason: $"users={DemoAccounts.All.Count}");
        await db.SaveChangesAsync(ct);
        await residentDemo.SeedAsync(ct);
        await seedPersons.HandleAsync(persons, seed: 20261128, ct: ct);
        await Modules.Employers.DemoEmployers.SeedAsync(db, clock, ct);
        await Modules.Certification.CertificationDemo.SeedAsync(db, crypto, clock, ct);
        await Modules.Cards.DemoCards.SeedAsync(db, crypto, clock, ct);
        await Modules.Queries.DemoQueryData.SeedAsync(db, queryCatalogue, crypto, clock, ct);
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
