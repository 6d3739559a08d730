using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Proofs;

public static class ProofStatuses
{
    public const string Valid = "valid";
    public const string Expired = "expired";
    public const string NotValid = "not-valid";
}

/// <summary>The public answer. Not valid carries no field at all; expired carries everything but the summary.</summary>
public sealed record ProofVerification(bool Valid, string Status, string? Type, string? Title, DateTime? IssuedAt, DateTime? ExpiresAt, string? Summary, string? Issuer)
{
    public static readonly ProofVerification NotValid = new(false, ProofStatuses.NotValid, null, null, null, null, null, null);
}

/// <summary>
/// Anyone checks a proof with its number and code. An unknown number and a wrong code are the same answer, and
/// the code's keyed digest is computed and compared in constant time either way. Every check is audited.
/// </summary>
public sealed class VerifyProofHandler(AppDbContext db, ICryptoProvider crypto, AuditTrail audit, TimeProvider clock)
{
    public async Task<ProofVerification> HandleAsync(string? number, string? code, CancellationToken ct = default)
    {
        var n = ProofCodes.Normalize(number);
        var k = ProofCodes.Normalize(code);
        var wellFormed = n.Length == 16 && n.StartsWith("ZM", StringComparison.Ordinal) && k.Length == ProofCodes.CodeLength;
        var proof = wellFormed ? await db.Set<Proof>().AsNoTracking().SingleOrDefaultAsync(p => p.Number == n, ct) : null;
        var computed = crypto.KeyedDigest(ProofCodes.VerifyIndexInput(n, k));
        var expected = proof?.VerifyCodeHash ?? new string('0', computed.Length);
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(expected)) && proof is not null;

        var answer = !matches ? ProofVerification.NotValid
            : clock.GetUtcNow().UtcDateTime >= proof!.ExpiresAt
                ? new ProofVerification(false, ProofStatuses.Expired, proof.Type, proof.Title, proof.IssuedAt, proof.ExpiresAt, null, proof.IssuerName)
                : new ProofVerification(true, ProofStatuses.Valid, proof.Type, proof.Title, proof.IssuedAt, proof.ExpiresAt, proof.SubjectSummary, proof.IssuerName);
        // The number typed is recorded only when it has the shape of one (never arbitrary input).
        await audit.RecordNowAsync("proof.verify", "proof", wellFormed && IsAlphabet(n[2..]) ? n : "(malformed)",
            answer.Valid ? AuditResults.Success : AuditResults.Failure, reason: answer.Status, ct: ct);
        return answer;
    }

    private static bool IsAlphabet(string s) => s.All(ch => char.IsAsciiDigit(ch) || ProofCodes.Alphabet.Contains(ch));
}
