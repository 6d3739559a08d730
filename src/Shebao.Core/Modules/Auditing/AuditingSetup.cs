using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Platform.Settings;

namespace Shebao.Core.Modules.Auditing;

internal static class AuditingSetup
{
    public static IServiceCollection AddAuditing(this IServiceCollection s) =>
        s.AddOptionsInstance<BulkAccessOptions>()
            .AddScoped<AuditTrail>().AddScoped<VerifyAuditChainHandler>().AddScoped<SearchAuditHandler>().AddScoped<BulkAccessMonitor>();
}
