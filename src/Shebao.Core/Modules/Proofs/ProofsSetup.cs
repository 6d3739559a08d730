using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Platform.Settings;

namespace Shebao.Core.Modules.Proofs;

internal static class ProofsSetup
{
    public static IServiceCollection AddProofs(this IServiceCollection s) =>
        s.AddOptionsInstance<ProofOptions>().AddScoped<ProofIssuer>().AddScoped<VerifyProofHandler>();
}
