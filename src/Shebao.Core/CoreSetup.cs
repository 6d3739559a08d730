using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Calendar;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Employers;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Identity;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.Queries;
using Shebao.Core.Modules.Resident;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Seeding;

namespace Shebao.Core;

/// <summary>Each module registers its public handlers; the host calls this once.</summary>
public static class CoreSetup
{
    public static IServiceCollection AddShebaoCore(this IServiceCollection services, CryptoOptions crypto, SecurityPolicyOptions policy)
    {
        services.AddSingleton<ICryptoProvider>(new BouncyCastleCryptoProvider(crypto));
        services.AddSingleton(policy);
        services.AddSingleton(TimeProvider.System);
        return services.AddAuditing().AddOrganisations().AddIdentityModule().AddPersons().AddServiceItems().AddParameters().AddCalculators().AddCalendar().AddCases().AddResident().AddEmployers().AddCertification().AddCards().AddQueries().AddProofs()
            .AddScoped<Seeder>();
    }

    public static IServiceCollection AddAuditing(this IServiceCollection s) =>
        s.AddScoped<AuditTrail>().AddScoped<VerifyAuditChainHandler>().AddScoped<SearchAuditHandler>().AddScoped<BulkAccessMonitor>()
            .AddSingleton(sp => BulkAccessOptions.Read(sp.GetService<Microsoft.Extensions.Configuration.IConfiguration>()));

    public static IServiceCollection AddOrganisations(this IServiceCollection s) =>
        s.AddScoped<CurrentScope>().AddScoped<ListOrgUnitsHandler>().AddScoped<ImportOrgUnitsHandler>();

    public static IServiceCollection AddIdentityModule(this IServiceCollection s) =>
        s.AddScoped<ListUsersHandler>().AddScoped<SaveUserHandler>().AddScoped<ResetPasswordHandler>().AddScoped<ChangePasswordHandler>()
            .AddScoped<ListAccountChoicesHandler>();

    public static IServiceCollection AddPersons(this IServiceCollection s) =>
        s.AddScoped<PersonSections>().AddScoped<PersonLookup>().AddScoped<SearchPersonsHandler>().AddScoped<GetPersonHandler>().AddScoped<RevealPersonHandler>().AddScoped<SeedPersonsHandler>();

    public static IServiceCollection AddParameters(this IServiceCollection s) =>
        s.AddSingleton<ParameterCache>().AddScoped<ParameterStore>().AddScoped<ListParametersHandler>().AddScoped<SaveParameterVersionHandler>();

    public static IServiceCollection AddCalculators(this IServiceCollection s) =>
        s.AddScoped<CalculateRetirementAgeHandler>().AddScoped<EstimateResidentPensionHandler>().AddScoped<EstimateEmployeePensionHandler>()
            .AddScoped<Modules.Printing.PrintResidentEstimateHandler>().AddScoped<Modules.Printing.PrintEmployeeEstimateHandler>().AddScoped<Modules.Printing.PrintCasePaperHandler>().AddScoped<Modules.Printing.PrintHandoverListHandler>();

    public static IServiceCollection AddCases(this IServiceCollection s) =>
        s.AddScoped<CaseRulebook>().AddScoped<CreateCaseHandler>().AddScoped<ActOnCaseHandler>().AddScoped<GetCaseHandler>().AddScoped<ListCasesHandler>()
            .AddScoped<AddCaseAttachmentHandler>().AddScoped<GetCaseAttachmentHandler>().AddScoped<LookupProgressHandler>().AddScoped<SupervisionHandler>().AddScoped<RecordRegularCheckHandler>().AddScoped<ArchiveLedgerHandler>()
            .AddScoped<GetHomeSummaryHandler>();

    public static IServiceCollection AddCertification(this IServiceCollection s) =>
        s.AddScoped<CaseItemRules, Modules.Certification.CertificationRules>().AddScoped<CaseItemRules, Modules.Certification.SuspensionRules>()
            .AddScoped<IPersonSectionSource, Modules.Certification.CertificationSection>().AddScoped<Modules.Certification.ListDueHandler>()
            .AddScoped<Modules.Certification.ImportBeneficiariesHandler>().AddScoped<Modules.Certification.SuggestSuspensionsHandler>().AddScoped<Modules.Certification.ConfirmSuspensionsHandler>()
            .AddScoped<Modules.Certification.PreviousPhotosHandler>().AddScoped<Modules.Certification.ImportDeathRecordsHandler>().AddScoped<Modules.Certification.ListSuspectedDeathsHandler>().AddScoped<Modules.Certification.ResolveSuspectedDeathHandler>();

    public static IServiceCollection AddCards(this IServiceCollection s) =>
        s.AddSingleton(sp => Modules.Cards.CardOptionsReader.Read(sp.GetService<Microsoft.Extensions.Configuration.IConfiguration>()))
            .AddScoped<Modules.Cards.CardSecrets>().AddScoped<Modules.Cards.CardPins>().AddScoped<CaseItemRules, Modules.Cards.CardRules>()
            .AddScoped<IPersonSectionSource, Modules.Cards.CardSection>().AddScoped<Modules.Cards.CardReader>().AddScoped<Modules.Cards.CardOperationHandler>()
            .AddScoped<Modules.Cards.ApplyForCardHandler>().AddScoped<Modules.Cards.SearchCardsHandler>().AddScoped<Modules.Cards.CollectCardHandler>()
            .AddScoped<Modules.Cards.GetCardStatusHandler>().AddScoped<Modules.Printing.PrintCardStatusHandler>()
            .AddScoped<Modules.Cards.ExportCardBatchHandler>().AddScoped<Modules.Cards.ImportCardResultsHandler>();

    public static IServiceCollection AddProofs(this IServiceCollection s) =>
        s.AddSingleton(sp => Modules.Proofs.ProofOptions.Read(sp.GetService<Microsoft.Extensions.Configuration.IConfiguration>()))
            .AddScoped<Modules.Proofs.ProofIssuer>().AddScoped<Modules.Proofs.VerifyProofHandler>();

    public static IServiceCollection AddServiceItems(this IServiceCollection s) =>
        s.AddSingleton(ServiceCatalogue.LoadEmbedded()).AddSingleton<SearchServiceItemsHandler>();
}
