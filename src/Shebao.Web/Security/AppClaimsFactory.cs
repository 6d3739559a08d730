using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Shebao.Core.Modules.Identity;

namespace Shebao.Web.Security;

/// <summary>Adds the org unit and the must-change-password flag (first use or expiry under the profile) to every principal.</summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, SecurityPolicyOptions policy, TimeProvider clock)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ShebaoClaims.OrgUnit, user.OrgUnitCode));
        identity.AddClaim(new Claim(ShebaoClaims.DisplayName, user.DisplayName));
        var expired = policy.ExpiryDays > 0 && user.PasswordChangedAt is { } changed && changed.AddDays(policy.ExpiryDays) < clock.GetUtcNow().UtcDateTime;
        if (user.MustChangePassword || expired) identity.AddClaim(new Claim(ShebaoClaims.MustChangePassword, "1"));
        return identity;
    }
}

/// <summary>A disabled account cannot sign in (Identity asks this before every sign-in).</summary>
public sealed class EnabledUserConfirmation : IUserConfirmation<AppUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(user.Enabled);
}
