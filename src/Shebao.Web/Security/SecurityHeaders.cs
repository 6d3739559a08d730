namespace Shebao.Web.Security;

/// <summary>Baseline headers (security-reliability §2.8): CSP, nosniff, no referrer, and no-store on everything but static assets.</summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Csp = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    // The API reference page needs inline script for its configuration; it shows no personal data.
    private const string DocsCsp = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            h.XFrameOptions = "DENY";
            h.ContentSecurityPolicy = path.StartsWithSegments("/api/docs") || path.StartsWithSegments("/scalar") ? DocsCsp : Csp;
            if (!IsStaticAsset(path)) h.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/img") || path.StartsWithSegments("/api/docs") || path.StartsWithSegments("/scalar");
}
