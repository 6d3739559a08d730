using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Cards;
using Shebao.Core.Modules.Proofs;

namespace Shebao.Web.Hosting;

/// <summary>Binds the modules' options from configuration: Core sees plain option classes, never IConfiguration.</summary>
public static class ModuleOptions
{
    public static IServiceCollection AddModuleOptions(this IServiceCollection services, IConfiguration configuration)
    {
        Bind<BulkAccessOptions>(services, configuration, BulkAccessOptions.Section);
        Bind<CardOptions>(services, configuration, CardOptions.Section);
        Bind<ProofOptions>(services, configuration, ProofOptions.Section);
        return services;
    }

    // A wrong value stops the start with the key named, rather than running on a silent default.
    private static void Bind<T>(IServiceCollection services, IConfiguration configuration, string section) where T : class =>
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
}
