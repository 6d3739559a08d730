using Shebao.Core.Platform.Pdf;

namespace Shebao.Core.Modules.Proofs;

public static class ProofPdf
{
    /// <summary>Draws the verification block of an issued proof (Platform takes primitives; this is the module's shortcut).</summary>
    public static void ProofBlock(this PdfDocumentWriter pdf, IssuedProof proof) =>
        pdf.ProofBlock(proof.Number, proof.Code, proof.VerifyUrl, proof.IssuerName, proof.IssuedAt, proof.ExpiresAt);
}
