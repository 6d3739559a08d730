using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Identity;
using Shebao.Web.Security;

namespace Shebao.Web.Api;

public sealed record UserResponse(string Username, string DisplayName, IReadOnlyList<string> Roles, string OrgUnitCode, bool Enabled);

public static class UsersApi
{
    public static void MapUsersApi(this RouteGroupBuilder api) =>
        api.MapGet("/users", async (ListUsersHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await handler.HandleAsync(ct)).ToHttp(t, users => Results.Ok(users.Select(u => new UserResponse(u.UserName, u.DisplayName, u.Roles, u.OrgUnitCode, u.Enabled)))))
            .RequireAuthorization(Policies.Admin).WithTags("Auth").WithSummary("Staff accounts (administrators only)");
}
