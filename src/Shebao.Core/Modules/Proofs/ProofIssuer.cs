using Shebao.Core.Platform.Security;
using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Proofs;

/// <param name="Type">Item code of the print, e.g. "A2-11".</param>
/// <param name="Title">Document title as printed.</param>
/// <param name="SubjectSummary">Masked one-line summary shown to a verifier while the proof is valid.</param>
/// <param name="Content">Canonical content text of the paper; only its SM3 hash is kept.</param>
/// <param name="ValidDays">How long a verifier sees the proof as valid.</param>
public sealed record ProofRequest(string Type, string Title, string SubjectSummary, string Content, int ValidDays);

/// <summary>What the printing handler draws: the code appears here once and is never stored.</summary>
public sealed record IssuedProof(string Number, string Code, DateTime IssuedAt, DateTime ExpiresAt, string VerifyUrl, string IssuerName);

/// <summary>Section "Proofs" of the configuration (bound by the host).</summary>
public sealed class ProofOptions
{
    public const string Section = "Proofs";
    public const string DefaultBaseUrl = "http://127.0.0.1:5000";

    /// <summary>The address citizens and banks reach; printed under the QR code.</summary>
    [Required, RegularExpression(@"^https?://[^\s/]+(/\S*)?$", ErrorMessage = "Proofs:PublicBaseUrl must be an absolute http(s) address")]
    public string PublicBaseUrl { get; set; } = DefaultBaseUrl;
}

/// <summary>
/// Issues a proof for the acting user: adds the row to the unit of work (the printing handler saves it together
/// with its print audit row) and returns the number, the one-time code and the verification URL.
/// </summary>
public sealed class ProofIssuer(AppDbContext db, ICurrentUser user, CurrentScope scope, ICryptoProvider crypto, TimeProvider clock, ProofOptions options)
{
    public const string DistrictCentre = "叶集区社会保险事业管理中心";

    public async Task<IssuedProof> IssueAsync(ProofRequest request, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.ValidDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.ValidDays, 3660);
        var now = clock.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % 10)); // whole microseconds, as PostgreSQL keeps them
        var number = ProofCodes.NewNumber(now);
        var code = ProofCodes.NewCode();
        var unit = await scope.UnitAsync(ct);
        var issuer = await IssuerNameAsync(unit, ct);
        var proof = new Proof
        {
            Number = number,
            Type = request.Type,
            Title = request.Title,
            SubjectSummary = request.SubjectSummary,
            IssuerName = issuer,
            IssuerOrgUnitCode = unit?.Code,
            IssuedBy = user.UserName,
            IssuedAt = now,
            ExpiresAt = now.AddDays(request.ValidDays),
            VerifyCodeHash = crypto.KeyedDigest(ProofCodes.VerifyIndexInput(number, code)),
            ContentHash = Convert.ToHexStringLower(Sm3.Hash(Encoding.UTF8.GetBytes(request.Content))),
        };
        db.Set<Proof>().Add(proof);
        return new IssuedProof(number, code, proof.IssuedAt, proof.ExpiresAt, VerifyUrl(number, code), issuer);
    }

    public string VerifyUrl(string number, string code) =>
        $"{options.PublicBaseUrl.TrimEnd('/')}/verify?no={Uri.EscapeDataString(number)}&code={Uri.EscapeDataString(code)}";

    /// <summary>Village and township staff: the unit's full name (叶集区史河街道顺河社区居委会); district staff: the centre.</summary>
    private async Task<string> IssuerNameAsync(OrgUnit? unit, CancellationToken ct)
    {
        if (unit is null || unit.Kind == OrgKinds.District) return DistrictCentre;
        if (unit.Kind == OrgKinds.Centre) return DistrictCentre + unit.Name;
        var codes = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var names = await db.OrgUnits.AsNoTracking().Where(o => codes.Contains(o.Code)).Select(o => new { o.Code, o.Name }).ToListAsync(ct);
        return string.Concat(codes.Select(c => names.FirstOrDefault(n => n.Code == c)?.Name ?? ""));
    }
}
