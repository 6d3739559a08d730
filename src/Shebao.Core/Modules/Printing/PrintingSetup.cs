using Microsoft.Extensions.DependencyInjection;

namespace Shebao.Core.Modules.Printing;

internal static class PrintingSetup
{
    public static IServiceCollection AddPrinting(this IServiceCollection s) =>
        s.AddScoped<PrintResidentEstimateHandler>().AddScoped<PrintEmployeeEstimateHandler>().AddScoped<PrintCasePaperHandler>().AddScoped<PrintHandoverListHandler>()
            .AddScoped<PrintCardStatusHandler>().AddScoped<PrintQueryHandler>();
}
