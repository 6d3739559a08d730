using Shebao.Core.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Identity;

/// <summary>An administrator triggers a reset but never chooses the password (ASVS 6.4.6); it also lifts a lockout.</summary>
public sealed class ResetPasswordHandler(UserManager<AppUser> users, ICurrentUser actor, AuditTrail audit)
{
    public async Task<Result<string>> HandleAsync(string userId, CancellationToken ct = default)
    {
        if (!actor.IsInRole(RoleNames.DistrictAdmin)) return Result<string>.From(Result.Forbidden("只有系统管理员可以重置密码"));
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Result<string>.From(Result.NotFound());
        var temporary = TemporaryPassword.New();
        user.MustChangePassword = true;
        audit.Record("user.reset-password", "user", user.UserName, fields: ["password"]);
        await users.RemovePasswordAsync(user);
        var added = await users.AddPasswordAsync(user, temporary);
        if (!added.Succeeded) throw new InvalidOperationException("Generated password was refused: " + string.Join(",", added.Errors.Select(e => e.Code)));
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return temporary;
    }
}
