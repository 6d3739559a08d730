using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Settings;

namespace Shebao.Core.Modules.Cards;

internal static class CardsSetup
{
    public static IServiceCollection AddCards(this IServiceCollection s) =>
        s.AddOptionsInstance<CardOptions>()
            .AddScoped<CardSecrets>().AddScoped<CardPins>().AddScoped<CaseItemRules, CardRules>()
            .AddScoped<IPersonSectionSource, CardSection>().AddScoped<CardReader>().AddScoped<CardOperationHandler>()
            .AddScoped<ApplyForCardHandler>().AddScoped<SearchCardsHandler>().AddScoped<CollectCardHandler>()
            .AddScoped<GetCardStatusHandler>().AddScoped<ExportCardBatchHandler>().AddScoped<ImportCardResultsHandler>();
}
