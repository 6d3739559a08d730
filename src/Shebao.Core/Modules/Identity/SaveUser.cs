using Shebao.Core.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Identity;

/// <summary>Create (Id null) or update a staff account. A new account gets a one-time password the administrator hands over.</summary>
public sealed record SaveUserCommand(string? Id, string? UserName, string? DisplayName, string? OrgUnitCode, string? Role, bool Enabled = true);

public sealed record SavedUser(string Id, string UserName, string? TemporaryPassword);

public sealed class SaveUserHandler(AppDbContext db, UserManager<AppUser> users, ICurrentUser actor, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<SavedUser>> HandleAsync(SaveUserCommand c, CancellationToken ct = default)
    {
        if (!actor.IsInRole(RoleNames.DistrictAdmin)) return Result<SavedUser>.From(Result.Forbidden("只有系统管理员可以管理用户"));
        var errors = new FieldErrors();
        var userName = c.UserName?.Trim().ToLowerInvariant() ?? "";
        var displayName = c.DisplayName?.Trim() ?? "";
        if (c.Id is null && !System.Text.RegularExpressions.Regex.IsMatch(userName, "^[a-z][a-z0-9._-]{2,31}$"))
            errors.Add("userName", "用户名须以字母开头，3到32位，只含小写字母、数字、点、下划线或连字符");
        if (displayName.Length is 0 or > 50) errors.Add("displayName", "请填写姓名（最多50字）");
        if (c.Role is null || !RoleNames.All.Contains(c.Role)) errors.Add("role", "请选择角色");
        var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(o => o.Code == c.OrgUnitCode, ct);
        if (unit is null || !unit.IsActive) errors.Add("orgUnitCode", "请选择有效的所属单位");
        else if (c.Role is not null && RoleNames.All.Contains(c.Role) && unit.Kind != RoleNames.RequiredOrgKind(c.Role))
            errors.Add("orgUnitCode", $"{RoleNames.Label(c.Role)}必须属于{Organisations.OrgKinds.Label(RoleNames.RequiredOrgKind(c.Role))}");
        if (errors.Any) return Result<SavedUser>.From(errors.ToResult());

        AppUser? user;
        string? temporary = null;
        if (c.Id is null)
        {
            if (await users.FindByNameAsync(userName) is not null) return Result<SavedUser>.From(Result.Invalid("userName", "该用户名已被使用"));
            user = new AppUser { UserName = userName, DisplayName = displayName, OrgUnitCode = unit!.Code, Enabled = c.Enabled, MustChangePassword = true, CreatedAt = clock.GetUtcNow().UtcDateTime, LockoutEnabled = true };
            temporary = TemporaryPassword.New();
            audit.Record("user.create", "user", userName, fields: ["role", "orgUnit"]);
            var created = await users.CreateAsync(user, temporary);
            if (!created.Succeeded) return Result<SavedUser>.From(Result.Invalid("userName", string.Join("；", created.Errors.Select(e => e.Description))));
            await users.AddToRoleAsync(user, c.Role!);
        }
        else
        {
            user = await users.FindByIdAsync(c.Id);
            if (user is null) return Result<SavedUser>.From(Result.NotFound());
            if (user.UserName == actor.UserName && (!c.Enabled || c.Role != RoleNames.DistrictAdmin))
                return Result<SavedUser>.From(Result.Invalid("role", "不能停用自己或取消自己的管理员角色"));
            var currentRoles = await users.GetRolesAsync(user);
            var changed = new List<string>();
            if (user.DisplayName != displayName) changed.Add("displayName");
            if (user.OrgUnitCode != unit!.Code) changed.Add("orgUnit");
            if (user.Enabled != c.Enabled) changed.Add("enabled");
            if (!currentRoles.SequenceEqual([c.Role!])) changed.Add("role");
            user.DisplayName = displayName;
            user.OrgUnitCode = unit.Code;
            user.Enabled = c.Enabled;
            audit.Record("user.update", "user", user.UserName, fields: changed);
            // A new security stamp cuts existing sessions and tokens, so a changed role or org applies at once.
            await users.UpdateSecurityStampAsync(user);
            if (changed.Contains("role"))
            {
                await users.RemoveFromRolesAsync(user, currentRoles);
                await users.AddToRoleAsync(user, c.Role!);
            }
        }
        return new SavedUser(user.Id, user.UserName!, temporary);
    }
}
