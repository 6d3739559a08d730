using Shebao.Core.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Identity;

public sealed record ChangePasswordCommand(string? CurrentPassword, string? NewPassword, string? ConfirmPassword);

public sealed class ChangePasswordHandler(UserManager<AppUser> users, ICurrentUser actor, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result> HandleAsync(ChangePasswordCommand c, CancellationToken ct = default)
    {
        var user = actor.UserId is null ? null : await users.FindByIdAsync(actor.UserId);
        if (user is null) return Result.NotFound();
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(c.CurrentPassword)) errors.Add("currentPassword", "请输入当前密码");
        if (string.IsNullOrEmpty(c.NewPassword)) errors.Add("newPassword", "请输入新密码");
        else if (c.NewPassword != c.ConfirmPassword) errors.Add("confirmPassword", "两次输入的新密码不一致");
        else if (c.NewPassword == c.CurrentPassword) errors.Add("newPassword", "新密码不能与当前密码相同");
        if (errors.Any) return errors.ToResult();

        user.MustChangePassword = false;
        user.PasswordChangedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("user.change-password", "user", user.UserName, fields: ["password"]);
        var changed = await users.ChangePasswordAsync(user, c.CurrentPassword!, c.NewPassword!);
        if (changed.Succeeded) return Result.Success();
        var wrongCurrent = changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
        return wrongCurrent
            ? Result.Invalid("currentPassword", "当前密码不正确")
            : Result.Invalid("newPassword", string.Join("；", changed.Errors.Select(e => e.Description)));
    }
}
