using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Identity;
using Shebao.Web.Security;

namespace Shebao.Web.Pages.Account;

public sealed class ChangePasswordModel(ChangePasswordHandler handler, SignInManager<AppUser> signIn, UserManager<AppUser> users, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }

    public bool Forced => User.HasClaim(ShebaoClaims.MustChangePassword, "1");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await handler.HandleAsync(new ChangePasswordCommand(CurrentPassword, NewPassword, ConfirmPassword));
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result, t);
            return Page();
        }
        // Fresh claims (the must-change flag is gone) and a fresh session after a password change.
        if (await users.GetUserAsync(User) is { } user) await signIn.RefreshSignInAsync(user);
        TempData["Flash"] = t["密码已修改"].Value;
        return LocalRedirect("/");
    }
}
