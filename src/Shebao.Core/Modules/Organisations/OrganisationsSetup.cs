using Microsoft.Extensions.DependencyInjection;

namespace Shebao.Core.Modules.Organisations;

internal static class OrganisationsSetup
{
    public static IServiceCollection AddOrganisations(this IServiceCollection s) =>
        s.AddScoped<CurrentScope>().AddScoped<ListOrgUnitsHandler>().AddScoped<ImportOrgUnitsHandler>();
}
