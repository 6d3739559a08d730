using Shebao.Core.Platform.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Shebao.Core.Modules.Identity;
using Shebao.Core.Platform.Data;

namespace Shebao.Web.Security;

/// <summary>Identity with database lockout, the profile's password rules, idle and absolute session limits, and bearer tokens for /api/v1.</summary>
public static class AuthSetup
{
    public static IServiceCollection AddShebaoAuth(this IServiceCollection services, SecurityPolicyOptions policy, bool secureCookies)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                // Composition and common-password rules live in ProfilePasswordValidator.
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredLength = policy.MinLength;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = policy.LockoutFailures;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(policy.LockoutMinutes);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = true; // "confirmed" = enabled, see EnabledUserConfirmation
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddPasswordValidator<ProfilePasswordValidator>();
        services.AddScoped<IUserConfirmation<AppUser>, EnabledUserConfirmation>();
        services.AddScoped<PasswordCheck>();

        // Disabling an account or changing its role reaches live sessions within 60 s.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(60));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = secureCookies ? "__Host-shebao" : "shebao";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(policy.IdleTimeoutMinutes);
            o.SlidingExpiration = true;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/Denied";
            o.Events.OnValidatePrincipal = async context =>
            {
                // Absolute lifetime: the login time travels in the ticket and survives sliding renewal.
                if (context.Properties.Items.TryGetValue(ShebaoClaims.LoginAtItem, out var raw) && long.TryParse(raw, out var ticks)
                    && new DateTime(ticks, DateTimeKind.Utc).AddHours(policy.AbsoluteSessionHours) < DateTime.UtcNow)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }
                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
            o.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
        });

        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, o =>
        {
            o.BearerTokenExpiration = TimeSpan.FromHours(policy.AbsoluteSessionHours);
        });

        var authorization = services.AddAuthorizationBuilder();
        foreach (var (policyName, roles) in Policies.Roles) authorization.AddPolicy(policyName, p => p.RequireRole(roles));
        authorization
            .AddPolicy(Policies.Api, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser())
            // Endpoints and pages with no explicit rule still need a signed-in user (fail closed).
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
