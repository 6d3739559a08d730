using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Shebao.Core.Modules.Proofs;

internal static class ProofsSetup
{
    /// <summary>The host binds <see cref="ProofOptions"/> from section "Proofs"; without it the defaults hold.</summary>
    public static IServiceCollection AddProofs(this IServiceCollection s)
    {
        s.AddOptions<ProofOptions>();
        return s.AddSingleton(sp => sp.GetRequiredService<IOptions<ProofOptions>>().Value)
            .AddScoped<ProofIssuer>().AddScoped<VerifyProofHandler>();
    }
}
