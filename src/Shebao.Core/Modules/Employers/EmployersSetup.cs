using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;

namespace Shebao.Core.Modules.Employers;

internal static class EmployersSetup
{
    public static IServiceCollection AddEmployers(this IServiceCollection s) =>
        s.AddScoped<ListEmployersHandler>().AddScoped<GetEmployerHandler>().AddScoped<ListRollChanges>()
            .AddScoped<CaseItemRules, FlexibleEmploymentRules>().AddScoped<CaseItemRules, AddEmployeeRules>().AddScoped<CaseItemRules, RemoveEmployeeRules>()
            .AddScoped<IPersonSectionSource, EmploymentSection>().AddScoped<IPersonSectionSource, FlexibleSection>();
}
