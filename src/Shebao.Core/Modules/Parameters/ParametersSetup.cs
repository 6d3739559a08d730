using Microsoft.Extensions.DependencyInjection;

namespace Shebao.Core.Modules.Parameters;

internal static class ParametersSetup
{
    public static IServiceCollection AddParameters(this IServiceCollection s) =>
        s.AddSingleton<ParameterCache>().AddScoped<ParameterStore>().AddScoped<ListParametersHandler>().AddScoped<SaveParameterVersionHandler>();
}
