using Shebao.Core.Platform.Security;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Scalar.AspNetCore;
using Shebao.Core;
using Shebao.Core.Modules.Identity;
using Shebao.Core.Platform.Data;
using Shebao.Web.Api;
using Shebao.Web.Security;

namespace Shebao.Web.Hosting;

/// <summary>Builds the one application used by the server, the command line and the tests.</summary>
public static class ShebaoApp
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en-US")];

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Content root = the folder of the built app (appsettings.json and wwwroot are copied there), whoever
        // hosts it: the server, a command, or a test assembly.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ShebaoApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        if (Environment.GetEnvironmentVariable("SHEBAO_URLS") is { Length: > 0 } urls && !args.Any(a => a.StartsWith("--urls", StringComparison.Ordinal)))
            builder.WebHost.UseUrls(urls);
        configure?.Invoke(builder);

        var settings = builder.Configuration.GetSection("Shebao").Get<ShebaoSettings>() ?? new ShebaoSettings();
        var dataDir = DataDirectory.Resolve(builder.Configuration);
        var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var policy = SecurityPolicyOptions.ForProfile(builder.Configuration["Security:Profile"] ?? SecurityPolicyOptions.Dengbao);
        builder.Configuration.GetSection("Security").Bind(policy);
        var crypto = DataDirectory.LoadCryptoOptions(builder.Configuration, dataDir, settings.IsDemo);

        if (database.Provider == DatabaseProviders.Sqlite)
            builder.Services.AddSingleton(DataDirectory.LockSingleInstance(dataDir));
        // First hosted service: the schema must exist before Data Protection reads its key ring from it.
        builder.Services.AddHostedService<StartupInitializer>();
        builder.Services.AddSingleton<PersonImportQueue>().AddScoped<PersonImports>().AddHostedService<PersonImportWorker>();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(new DataFolder(dataDir));
        builder.Services.AddShebaoData(database, dataDir);
        builder.Services.AddShebaoCore(crypto, policy);
        builder.Services.AddModuleOptions(builder.Configuration);
        // Attachments live in the data folder too, outside the web root, under their SHA-256.
        builder.Services.AddSingleton(new Shebao.Core.Platform.Files.FileStore(Path.Combine(dataDir, "files")));
        builder.Services.AddSingleton(new Shebao.Core.Platform.Files.UploadPolicy());
        builder.Services.AddSingleton<Shebao.Core.Platform.Files.AttachmentInspector>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();
        // Production cookies are Secure and __Host- prefixed (TLS ends at the gateway); the demo runs on plain http.
        var secureCookies = !settings.IsDemo && builder.Configuration.GetValue("Security:SecureCookies", true);
        builder.Services.AddShebaoAuth(policy, secureCookies);
        builder.Services.AddDataProtection().SetApplicationName("Shebao").PersistKeysToDbContext<AppDbContext>();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>(sp =>
            new Microsoft.Extensions.Options.ConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(o => o.XmlEncryptor = new Sm4XmlEncryptor(sp.GetRequiredService<Shebao.Core.Platform.Crypto.ICryptoProvider>())));
        builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("ready", tags: ["ready"]);
        // Coarse anti-guessing for the public progress lookup and proof check (per instance; lockouts never rely on it).
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Pages.Progress.ProgressModel.RateLimitPolicy, context => System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = builder.Configuration.GetValue("Security:ProgressLookupsPerMinute", 10), Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(Api.ProofsApi.RateLimitPolicy, context => System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = builder.Configuration.GetValue("Security:ProofVerificationsPerMinute", 20), Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });
        // Binding failures throw, so MalformedRequestHandler can name the field instead of a bare 400.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<MalformedRequestHandler>();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // Framework-made problems (malformed JSON, wrong types) get a message in the user's language too.
            var t = c.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
            c.ProblemDetails.Title = c.ProblemDetails.Status switch
            {
                StatusCodes.Status400BadRequest when c.ProblemDetails.Title is null or "Bad Request" => t["请求格式有误：请检查JSON字段名称和类型"],
                StatusCodes.Status500InternalServerError => t["系统内部错误，已记录，请稍后重试"],
                _ => c.ProblemDetails.Title,
            };
        });
        // Chinese text is written as is, not as &#x...; entities: smaller pages over weak village links.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddOpenApi(o => o.AddProblemResponses());
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
        });
        builder.Services.AddRazorPages(o => o.Conventions.AuthorizeShebaoPages())
            .AddMvcOptions(o => BindingMessages.Apply(o.ModelBindingMessageProvider))
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(SharedResource)));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = secureCookies ? "__Host-shebao-af" : "shebao-af";
            o.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        // Last-resort handlers: a generic problem+json for machines, a friendly page for people; never a stack trace.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseExceptionHandler("/Error"));
        app.UseStatusCodePages();
        if (!app.Services.GetRequiredService<ShebaoSettings>().IsDemo) app.UseHsts();
        app.UseMiddleware<SecurityHeaders>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<MustChangePasswordRedirect>();

        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("社保村级服务平台 API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapShebaoApi();
        app.MapFallback("/api/{**path}", (Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> t) =>
            Results.Problem(title: t["未找到该接口"], statusCode: StatusCodes.Status404NotFound)).AllowAnonymous();
        app.MapRazorPages();
    }
}
