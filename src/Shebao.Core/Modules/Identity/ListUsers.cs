using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Identity;

public sealed record UserSummary(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, string OrgUnitCode, string OrgUnitName, bool Enabled, bool LockedOut, bool MustChangePassword, DateTime? LastLoginAt);

public sealed class ListUsersHandler(AppDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<UserSummary>>> HandleAsync(CancellationToken ct = default)
    {
        if (!user.IsInRole(RoleNames.DistrictAdmin)) return Result<IReadOnlyList<UserSummary>>.From(Result.Forbidden("只有系统管理员可以管理用户"));
        var now = clock.GetUtcNow();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.OrgUnitCode).ThenBy(u => u.UserName).ToListAsync(ct);
        return users.Select(u => new UserSummary(u.Id, u.UserName!, u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(), u.OrgUnitCode, units.GetValueOrDefault(u.OrgUnitCode, u.OrgUnitCode),
            u.Enabled, u.LockoutEnd is { } end && end > now, u.MustChangePassword, u.LastLoginAt)).ToList();
    }
}
