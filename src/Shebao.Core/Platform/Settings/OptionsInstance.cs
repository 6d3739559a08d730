using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Shebao.Core.Platform.Settings;

internal static class OptionsInstance
{
    /// <summary>Modules take the plain options object; the host binds and validates it, and without binding the defaults hold.</summary>
    public static IServiceCollection AddOptionsInstance<T>(this IServiceCollection s) where T : class
    {
        s.AddOptions<T>();
        return s.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
    }
}
