using Shebao.Core.Platform.Security;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Shebao.Web.Security;

namespace Shebao.Tests.Support;

public static class TestUsers
{
    public static DefaultHttpContext Context(ICurrentUser user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.UserId ?? ""),
            new(ClaimTypes.Name, user.UserName ?? ""),
            new(ShebaoClaims.OrgUnit, user.OrgUnitCode ?? ""),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var context = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")) };
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
        return context;
    }

    public static FixedCurrentUser VillageClerk(string village = "341504001003") => new("u-v", "village.test", village, [RoleNames.VillageClerk]);
    public static FixedCurrentUser TownshipClerk(string township = "341504001") => new("u-t", "township.test", township, [RoleNames.TownshipClerk]);
    public static FixedCurrentUser Admin => new("u-a", "admin.test", "341504", [RoleNames.DistrictAdmin]);
    public static FixedCurrentUser Auditor => new("u-au", "auditor.test", "341504", [RoleNames.Auditor]);
}
