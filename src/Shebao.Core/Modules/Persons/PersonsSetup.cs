using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Persons.Demo;

namespace Shebao.Core.Modules.Persons;

internal static class PersonsSetup
{
    public static IServiceCollection AddPersons(this IServiceCollection s) =>
        s.AddScoped<PersonSections>().AddScoped<PersonLookup>().AddScoped<SearchPersonsHandler>().AddScoped<GetPersonHandler>().AddScoped<RevealPersonHandler>().AddScoped<CountPersonsHandler>().AddScoped<SeedPersonsHandler>()
            .AddScoped<PendingRegistrations>()
            .AddSingleton<PersonImportProgress>().AddScoped<StartPersonImportHandler>().AddScoped<RunPersonImportHandler>().AddScoped<GetPersonImportHandler>();
}
