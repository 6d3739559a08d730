using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Identity;

namespace Shebao.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditTrail audit) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    /// <summary>Ends the session on the server too: a new security stamp voids any copy of the cookie.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            audit.Record("auth.logout", "user", user.UserName);
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        return LocalRedirect("/Account/Login");
    }
}
