using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;

namespace Shebao.Core.Modules.Cards;

internal static class CardsSetup
{
    /// <summary>The host binds <see cref="CardOptions"/> from section "Cards"; without it the defaults hold.</summary>
    public static IServiceCollection AddCards(this IServiceCollection s)
    {
        s.AddOptions<CardOptions>();
        return s.AddSingleton(sp => sp.GetRequiredService<IOptions<CardOptions>>().Value)
            .AddScoped<CardSecrets>().AddScoped<CardPins>().AddScoped<CaseItemRules, CardRules>()
            .AddScoped<IPersonSectionSource, CardSection>().AddScoped<CardReader>().AddScoped<CardOperationHandler>()
            .AddScoped<ApplyForCardHandler>().AddScoped<SearchCardsHandler>().AddScoped<CollectCardHandler>()
            .AddScoped<GetCardStatusHandler>().AddScoped<ExportCardBatchHandler>().AddScoped<ImportCardResultsHandler>();
    }
}
