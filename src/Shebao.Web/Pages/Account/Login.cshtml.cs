using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Identity;
using Shebao.Web.Hosting;
using Shebao.Web.Security;

namespace Shebao.Web.Pages.Account;

public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, PasswordCheck passwords, AuditTrail audit, ShebaoSettings settings, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty, Required(ErrorMessage = "请输入用户名"), Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "请输入密码"), DataType(DataType.Password), Display(Name = "密码")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool IsDemo => settings.IsDemo;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var (user, result) = await passwords.CheckAsync(UserName, Password);
        if (!result.Succeeded)
        {
            await audit.RecordNowAsync("auth.login", "user", user?.UserName, AuditResults.Failure, userName: user?.UserName ?? UserName.Trim(),
                reason: result.IsLockedOut ? "locked" : result.IsNotAllowed ? "disabled" : "bad-credentials");
            // One message for unknown user, wrong password, locked and disabled: no enumeration.
            ModelState.AddModelError("", t["用户名或密码错误，或账号已被锁定。连续输错5次将锁定15分钟。"]);
            return Page();
        }
        user!.LastLoginAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("auth.login", "user", user.UserName);
        await users.UpdateAsync(user);
        // A new session identifier on each login (ASVS 7.2.4); the login time drives the absolute limit.
        var props = new AuthenticationProperties { IsPersistent = false };
        props.Items[ShebaoClaims.LoginAtItem] = DateTime.UtcNow.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await signIn.SignInWithClaimsAsync(user, props, []);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
