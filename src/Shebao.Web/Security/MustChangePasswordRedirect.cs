namespace Shebao.Web.Security;

/// <summary>A user with an initial, reset or expired password can do nothing but change it.</summary>
public sealed class MustChangePasswordRedirect(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(ShebaoClaims.MustChangePassword, "1")
            && !path.StartsWithSegments("/Account") && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/css")
            && !path.StartsWithSegments("/js") && !path.StartsWithSegments("/health") && !path.StartsWithSegments("/Language"))
        {
            context.Response.Redirect("/Account/ChangePassword");
            return Task.CompletedTask;
        }
        return next(context);
    }
}
