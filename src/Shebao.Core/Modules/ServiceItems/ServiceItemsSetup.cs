using Microsoft.Extensions.DependencyInjection;

namespace Shebao.Core.Modules.ServiceItems;

internal static class ServiceItemsSetup
{
    public static IServiceCollection AddServiceItems(this IServiceCollection s) =>
        s.AddSingleton(ServiceCatalogue.LoadEmbedded()).AddSingleton<SearchServiceItemsHandler>();
}
