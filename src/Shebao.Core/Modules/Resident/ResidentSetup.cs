using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.Resident.Demo;
using Shebao.Core.Modules.Resident.Items;

namespace Shebao.Core.Modules.Resident;

internal static class ResidentSetup
{
    public static IServiceCollection AddResident(this IServiceCollection s) =>
        s.AddScoped<CaseItemRules, EnrolRules>().AddScoped<CaseItemRules, BasicChangeRules>().AddScoped<CaseItemRules, KeyChangeRules>()
            .AddScoped<CaseItemRules, ContributionRules>().AddScoped<CaseItemRules, TransferInRules>().AddScoped<CaseItemRules, SpecialIdentityRules>()
            .AddScoped<CaseItemRules, InterruptRules>().AddScoped<CaseItemRules, ClaimRules>().AddScoped<CaseItemRules, ResumeRules>()
            .AddScoped<CaseItemRules, TerminateRules>().AddScoped<CaseItemRules, EstimateRules>()
            .AddScoped<IPersonSectionSource, ResidentSection>().AddScoped<IPersonSectionSource, ResidentBenefitSection>()
            .AddScoped<RecordContributionReceiptHandler>().AddScoped<GetResidentFiguresHandler>().AddScoped<ResidentDemo>();
}
