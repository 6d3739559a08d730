namespace Shebao.Core.Modules.Proofs;

/// <summary>One issued, verifiable proof. Holds masked text only; the verification code is kept as a keyed digest.</summary>
internal sealed class Proof
{
    /// <summary>证明编号: "ZM" + yyyyMMdd (China time) + 6 characters of <see cref="ProofCodes.Alphabet"/>.</summary>
    public string Number { get; set; } = "";

    /// <summary>The item code of the print, e.g. "A2-11".</summary>
    public string Type { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Masked one-line summary, e.g. "何*庆（341504********091X）2026年10月 实发 3,456.78元".</summary>
    public string SubjectSummary { get; set; } = "";

    public string IssuerName { get; set; } = "";
    public string? IssuerOrgUnitCode { get; set; }
    public string? IssuedBy { get; set; }
    public DateTime IssuedAt { get; set; }
    public DateTime ExpiresAt { get; set; }

    /// <summary>crypto.KeyedDigest("proof|" + number + "|" + code): never the code itself.</summary>
    public string VerifyCodeHash { get; set; } = "";

    /// <summary>SM3 (hex) over the canonical content text of the paper.</summary>
    public string ContentHash { get; set; } = "";
}
