using Microsoft.AspNetCore.Identity;
using Shebao.Core.Modules.Identity;

namespace Shebao.Web.Api;

/// <summary>
/// A bearer token is checked against the account's current security stamp on every call, so disabling an
/// account or changing its role or org unit cuts its tokens off at once.
/// </summary>
public sealed class BearerStampFilter(SignInManager<AppUser> signIn) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var principal = context.HttpContext.User;
        if (principal.Identity?.IsAuthenticated == true)
        {
            var user = await signIn.ValidateSecurityStampAsync(principal);
            if (user is null || !user.Enabled) return Results.Problem(title: "令牌已失效，请重新登录", statusCode: StatusCodes.Status401Unauthorized);
        }
        return await next(context);
    }
}
