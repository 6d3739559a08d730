using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Shebao.Core.Modules.Auditing;

internal static class AuditingSetup
{
    /// <summary>The host binds <see cref="BulkAccessOptions"/> from section "Audit"; without it the defaults hold.</summary>
    public static IServiceCollection AddAuditing(this IServiceCollection s)
    {
        s.AddOptions<BulkAccessOptions>();
        return s.AddSingleton(sp => sp.GetRequiredService<IOptions<BulkAccessOptions>>().Value)
            .AddScoped<AuditTrail>().AddScoped<VerifyAuditChainHandler>().AddScoped<SearchAuditHandler>().AddScoped<BulkAccessMonitor>();
    }
}
