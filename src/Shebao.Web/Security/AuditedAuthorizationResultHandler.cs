using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Shebao.Core.Modules.Auditing;

namespace Shebao.Web.Security;

/// <summary>Every refused authorization of a signed-in user leaves an audit row (P6), then the usual 403 or redirect follows.</summary>
public sealed class AuditedAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var audit = context.RequestServices.GetRequiredService<AuditTrail>();
            // The path names the page or endpoint only; personal data never travels in URLs.
            await audit.RecordNowAsync("auth.denied", "endpoint", context.Request.Path.Value?[..Math.Min(context.Request.Path.Value.Length, 64)], AuditResults.Denied, ct: context.RequestAborted);
        }
        await inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
