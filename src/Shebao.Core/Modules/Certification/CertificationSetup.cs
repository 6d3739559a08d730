using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;

namespace Shebao.Core.Modules.Certification;

internal static class CertificationSetup
{
    public static IServiceCollection AddCertification(this IServiceCollection s) =>
        s.AddScoped<CaseItemRules, CertificationRules>().AddScoped<CaseItemRules, SuspensionRules>()
            .AddScoped<IPersonSectionSource, CertificationSection>().AddScoped<ListDueHandler>()
            .AddScoped<ImportBeneficiariesHandler>().AddScoped<SuggestSuspensionsHandler>().AddScoped<ConfirmSuspensionsHandler>()
            .AddScoped<PreviousPhotosHandler>().AddScoped<ImportDeathRecordsHandler>().AddScoped<ListSuspectedDeathsHandler>().AddScoped<ResolveSuspectedDeathHandler>()
            .AddScoped<StartCertificationCaseHandler>();
}
