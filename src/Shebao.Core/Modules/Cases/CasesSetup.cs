using Microsoft.Extensions.DependencyInjection;

namespace Shebao.Core.Modules.Cases;

internal static class CasesSetup
{
    public static IServiceCollection AddCases(this IServiceCollection s) =>
        s.AddScoped<CaseRulebook>().AddScoped<ApplicantResolver>().AddScoped<CreateCaseHandler>().AddScoped<PrecheckCaseHandler>().AddScoped<ActOnCaseHandler>().AddScoped<CorrectCaseFormHandler>().AddScoped<GetCaseHandler>().AddScoped<ListCasesHandler>()
            .AddScoped<AddCaseAttachmentHandler>().AddScoped<GetCaseAttachmentHandler>().AddScoped<LookupProgressHandler>().AddScoped<SupervisionHandler>().AddScoped<RecordRegularCheckHandler>().AddScoped<ArchiveLedgerHandler>()
            .AddScoped<GetHomeSummaryHandler>();
}
