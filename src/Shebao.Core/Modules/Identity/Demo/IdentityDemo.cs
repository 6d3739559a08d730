using Microsoft.AspNetCore.Identity;

namespace Shebao.Core.Modules.Identity.Demo;

/// <summary>The demo accounts of <see cref="DemoAccounts"/>, created through the user manager so the password policy applies.</summary>
internal static class IdentityDemo
{
    public static async Task SeedAsync(UserManager<AppUser> users, TimeProvider clock)
    {
        foreach (var account in DemoAccounts.All)
        {
            var user = new AppUser { UserName = account.UserName, DisplayName = account.DisplayName, OrgUnitCode = account.OrgUnitCode, CreatedAt = clock.GetUtcNow().UtcDateTime, LockoutEnabled = true, PasswordChangedAt = clock.GetUtcNow().UtcDateTime };
            var created = await users.CreateAsync(user, DemoAccounts.Password);
            if (!created.Succeeded) throw new InvalidOperationException($"Demo user {account.UserName}: {string.Join(",", created.Errors.Select(e => e.Description))}");
            await users.AddToRoleAsync(user, account.Role);
        }
    }
}
