using Microsoft.AspNetCore.Identity;
using Shebao.Core.Modules.Identity;

namespace Shebao.Web.Security;

/// <summary>
/// The one password check of the login page and the token endpoint: database lockout on failure, and for an
/// unknown user the same hashing work and the same failed answer (no user enumeration, ASVS 6.3.8).
/// </summary>
public sealed class PasswordCheck(UserManager<AppUser> users, SignInManager<AppUser> signIn)
{
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    /// <summary>The user (null when unknown) and the outcome.</summary>
    public async Task<(AppUser? User, SignInResult Result)> CheckAsync(string? userName, string? password)
    {
        var user = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password ?? "");
            return (null, SignInResult.Failed);
        }
        return (user, await signIn.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: true));
    }
}
