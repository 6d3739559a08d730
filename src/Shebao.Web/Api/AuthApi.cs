using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Identity;
using Shebao.Web.Security;

namespace Shebao.Web.Api;

public sealed record TokenRequest(string? Username, string? Password, string? TotpCode);

public sealed record MeResponse(string Username, string DisplayName, IReadOnlyList<string> Roles, string OrgUnitCode);

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, MeResponse User);

public static class AuthApi
{
    public static void MapAuthApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", IssueTokenAsync).AllowAnonymous().Problems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden).WithTags("Auth").WithSummary("Exchange username and password for a bearer token");
        api.MapGet("/me", (ClaimsPrincipal user) => Results.Ok(Me(user))).WithTags("Auth").WithSummary("The calling user");
    }

    public static MeResponse Me(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.Name) ?? "", user.FindFirstValue(ShebaoClaims.DisplayName) ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(), user.FindFirstValue(ShebaoClaims.OrgUnit) ?? "");

    private static async Task<IResult> IssueTokenAsync(TokenRequest request, UserManager<AppUser> users, SignInManager<AppUser> signIn, PasswordCheck passwords,
        IOptionsMonitor<BearerTokenOptions> bearer, AuditTrail audit, SecurityPolicyOptions policy, TimeProvider clock, IStringLocalizer<SharedResource> t)
    {
        var (user, check) = await passwords.CheckAsync(request.Username, request.Password);
        if (user is null)
        {
            await audit.RecordNowAsync("auth.token", "user", null, AuditResults.Failure, userName: request.Username?.Trim());
            return Unauthorized(t);
        }
        if (!check.Succeeded)
        {
            await audit.RecordNowAsync("auth.token", "user", user.UserName, AuditResults.Failure, userName: user.UserName, reason: check.IsLockedOut ? "locked" : check.IsNotAllowed ? "disabled" : "bad-password");
            return Unauthorized(t);
        }
        if (user.MustChangePassword)
            return Results.Problem(title: t["请先登录网页修改初始密码"], statusCode: StatusCodes.Status403Forbidden);

        var now = clock.GetUtcNow();
        var expires = now.AddHours(policy.AbsoluteSessionHours);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expires }, IdentityConstants.BearerScheme);
        var token = bearer.Get(IdentityConstants.BearerScheme).BearerTokenProtector.Protect(ticket);
        user.LastLoginAt = now.UtcDateTime;
        audit.Record("auth.token", "user", user.UserName);
        await users.UpdateAsync(user);
        return Results.Ok(new TokenResponse(token, expires, Me(principal)));
    }

    private static IResult Unauthorized(IStringLocalizer<SharedResource> t) =>
        Results.Problem(title: t["用户名或密码错误，或账号已被锁定"], statusCode: StatusCodes.Status401Unauthorized);
}
