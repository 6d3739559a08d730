using System.Text.Json;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.Proofs;
using Shebao.Core.Modules.Queries;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Printing;

public sealed record PrintedProof(byte[] Content, string FileName, string ProofNumber);

/// <summary>
/// POST /queries/{itemCode}/pdf: the query's result on paper as a registered proof (module Proofs): number, verification
/// code and QR on the page, the content's SM3 in the register, and a `query.print` trace naming the proof.
/// </summary>
public sealed class PrintQueryHandler(RunQueryHandler queries, QueryCatalogue catalogue, ProofIssuer proofs)
{
    public async Task<Result<PrintedProof>> HandleAsync(string itemCode, QueryParameters parameters, CancellationToken ct = default)
    {
        var built = await queries.BuildAsync(itemCode, parameters, ct);
        if (!built.IsSuccess) return Result<PrintedProof>.From(built);
        var (subject, result) = built.Value!;
        var item = catalogue.Item(itemCode)!;
        var proof = await proofs.IssueAsync(new ProofRequest(item.ItemCode, result.Title, Summary(result), JsonSerializer.Serialize(result), item.ProofDays), ct);
        var bytes = QueryPdf.Render(result, proof.IssuerName, proof.IssuedAt,
            pdf => pdf.ProofBlock(proof.Number, proof.Code, proof.VerifyUrl, proof.IssuerName, proof.IssuedAt, proof.ExpiresAt));
        await queries.TraceAsync("query.print", subject, itemCode, proof.Number, ct);
        return new PrintedProof(bytes, $"{item.ItemCode}-{proof.Number}.pdf", proof.Number);
    }

    /// <summary>What the public verification page shows: masked, enough for a bank or a court to match the paper.</summary>
    public static string Summary(QueryResult r)
    {
        var who = r.Subject.Kind == "person" ? $"{Masking.Name(r.Subject.Name)}（{r.Subject.IdNumberMasked}）" : $"{r.Subject.Name}（{r.Subject.Identifier}）";
        var period = r.From is null && r.To is null ? "" : r.Layout == "composition" || r.From == r.To ? $"，{r.From ?? r.To}" : $"，{r.From ?? "…"}至{r.To ?? "…"}";
        var figure = r.AmountInWords is not null ? $"，{r.AmountInWordsLabel} {FieldValues.Display(FieldType.Money, r.AmountInFigures)}元" : $"，共{r.Rows.Count}条记录";
        return $"{r.Title}：{who}{period}{figure}";
    }
}
