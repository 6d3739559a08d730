using Microsoft.Extensions.DependencyInjection;

namespace Shebao.Core.Modules.Identity;

internal static class IdentitySetup
{
    /// <summary>The host binds <see cref="SecurityPolicyOptions"/> (section "Security") and passes it in: the auth setup needs it before the container is built.</summary>
    public static IServiceCollection AddIdentity(this IServiceCollection s, SecurityPolicyOptions policy) =>
        s.AddSingleton(policy).AddScoped<ListUsersHandler>().AddScoped<SaveUserHandler>().AddScoped<ResetPasswordHandler>().AddScoped<ChangePasswordHandler>()
            .AddScoped<ListAccountChoicesHandler>();
}
