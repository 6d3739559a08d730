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
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(new DataFolder(dataDir));
        builder.Services.AddShebaoData(database, dataDir);
        builder.Services.AddShebaoCore(crypto, policy);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
        builder.Services.AddShebaoAuth(policy, secureCookies: !settings.IsDemo && builder.Configuration.GetValue("Security:SecureCookies", true));
        builder.Services.AddDataProtection().SetApplicationName("Shebao").PersistKeysToDbContext<AppDbContext>();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>(sp =>
            new Microsoft.Extensions.Options.ConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(o => o.XmlEncryptor = new Sm4XmlEncryptor(sp.GetRequiredService<Shebao.Core.Platform.Crypto.ICryptoProvider>())));
        builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("ready", tags: ["ready"]);
        builder.Services.AddProblemDetails();
        // Chinese text is written as is, not as &#x...; entities: smaller pages over weak village links.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddOpenApi();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
        });
        builder.Services.AddRazorPages(o =>
            {
                o.Conventions.AllowAnonymousToFolder("/Guide");
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Account/Denied");
                o.Conventions.AllowAnonymousToPage("/Language");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
                o.Conventions.AuthorizeFolder("/Audit", Policies.Auditor);
                o.Conventions.AuthorizePage("/Org/Import", Policies.Admin);
                o.Conventions.AuthorizeFolder("/Persons", Policies.PersonData);
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(SharedResource)));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = settings.IsDemo ? "shebao-af" : "__Host-shebao-af";
            o.Cookie.SecurePolicy = settings.IsDemo ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = _ => StatusCodes.Status500InternalServerError, ExceptionHandlingPath = "/Error" });
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<MustChangePasswordRedirect>();

        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("社保村级服务平台 API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapShebaoApi();
        app.MapRazorPages();
    }
}
