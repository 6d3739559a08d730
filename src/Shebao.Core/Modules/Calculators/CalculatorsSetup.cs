using Microsoft.Extensions.DependencyInjection;

namespace Shebao.Core.Modules.Calculators;

internal static class CalculatorsSetup
{
    public static IServiceCollection AddCalculators(this IServiceCollection s) =>
        s.AddScoped<CalculateRetirementAgeHandler>().AddScoped<EstimateResidentPensionHandler>().AddScoped<EstimateEmployeePensionHandler>();
}
