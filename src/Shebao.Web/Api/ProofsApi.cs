using Microsoft.AspNetCore.RateLimiting;
using Shebao.Core.Modules.Proofs;

namespace Shebao.Web.Api;

/// <summary>api.md "Queries and prints": the public proof check. Always 200 with the verdict; guesses are rate-limited per address.</summary>
public static class ProofsApi
{
    /// <summary>Shared by this endpoint and the /verify page (Security:ProofVerificationsPerMinute per client IP).</summary>
    public const string RateLimitPolicy = "proof-verify";

    public static void MapProofsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/proofs/{proofNumber}", async (string proofNumber, string? code, VerifyProofHandler handler, CancellationToken ct) =>
                Results.Ok(Body(await handler.HandleAsync(proofNumber, code, ct))))
            .WithTags("Proofs").AllowAnonymous().RequireRateLimiting(RateLimitPolicy)
            .WithSummary("Public check of a printed proof: valid, expired or not-valid (an unknown number and a wrong code give the same answer)");
    }

    private static object Body(ProofVerification v) => new
    {
        valid = v.Valid,
        status = v.Status,
        type = v.Type,
        title = v.Title,
        issuedAt = v.IssuedAt,
        expiresAt = v.ExpiresAt,
        summary = v.Summary,
        issuer = v.Issuer,
    };
}
