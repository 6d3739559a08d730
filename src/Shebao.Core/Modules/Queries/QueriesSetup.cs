using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Queries.Catalogue;

namespace Shebao.Core.Modules.Queries;

internal static class QueriesSetup
{
    public static IServiceCollection AddQueries(this IServiceCollection s) =>
        s.AddSingleton<IQueryCatalogue, CollectionQueries>().AddSingleton<IQueryCatalogue, PensionQueries>()
            .AddSingleton<IQueryCatalogue, OrganQueries>().AddSingleton<IQueryCatalogue, EmploymentQueries>()
            .AddSingleton<QueryCatalogue>()
            .AddScoped<IQueryRowSource, RollChangesQuery>().AddScoped<IQueryRowSource, CardStatusQuery>()
            .AddScoped<QueryReader>().AddScoped<RunQueryHandler>().AddScoped<ImportDatasetHandler>().AddScoped<ExportQueryHandler>();
}
