using System.Globalization;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Cards;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.Proofs;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Pdf;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Printing;

/// <summary>
/// 社会保障卡应用状态证明 (A2-26 print): what the status query shows, on paper, as a registered proof (证明编号,
/// 验证码, QR code to the public verification page, 90 days); the proof, the print and its audit row commit together.
/// </summary>
public sealed class PrintCardStatusHandler(AppDbContext db, CardReader reader, ProofIssuer proofs, AuditTrail audit, TimeProvider clock)
{
    public const string ItemCode = "A2-26";
    public const string DocumentTitle = "社会保障卡应用状态证明";
    public const int ValidDays = 90;

    public async Task<Result<PrintedPdf>> HandleAsync(Guid cardId, CancellationToken ct = default)
    {
        var card = await reader.FindAsync(cardId, ct);
        if (card is null) return Result<PrintedPdf>.From(Result.NotFound());
        var view = await reader.ViewAsync(card, 20, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = new List<(string Label, string Value)>
        {
            ("社会保障卡卡号", view.CardNumber ?? "（制卡中，尚未分配）"),
            ("卡状态", view.StatusLabel),
            ("发卡地", view.IssuingArea),
            ("合作银行", view.Bank),
            ("发卡日期", Day(view.IssuedAt)),
            ("有效期至", Day(view.ExpiresOn)),
        };
        if (view.LossExpiresOn is { } until) rows.Add(("临时挂失有效至", Day(until)));
        rows.Add(("申领编号", view.ApplicationNo));
        var holder = $"{view.Person.Name}（公民身份号码 {view.Person.IdNumberMasked}）";
        var content = string.Join('\n', new[] { DocumentTitle, holder }
            .Concat(rows.Select(r => $"{r.Label}：{r.Value}"))
            .Concat(view.Applications.Select(a => $"{a.Name}：{a.StatusLabel}")));
        var proof = await proofs.IssueAsync(new ProofRequest(ItemCode, DocumentTitle,
            $"{Masking.Name(view.Person.Name)}（{view.Person.IdNumberMasked}）社会保障卡 {view.StatusLabel}", content, ValidDays), ct);

        using var pdf = new PdfDocumentWriter(DocumentTitle);
        pdf.Title(DocumentTitle);
        pdf.Row("证明编号", proof.Number, bold: true);
        pdf.Row("持卡人", holder);
        pdf.Row("打印时间", Local(now));
        pdf.Heading("卡片信息");
        foreach (var (label, value) in rows) pdf.Row(label, value, bold: label == "卡状态");
        pdf.Heading("应用状态");
        foreach (var a in view.Applications) pdf.Row(a.Name, a.StatusLabel);
        pdf.Heading("近期业务记录");
        foreach (var e in view.Events)
            pdf.Paragraph($"{Local(e.At)}　{e.ActionLabel}　{(e.From is null ? "" : CardStatuses.Label(e.From) + " → ")}{CardStatuses.Label(e.To)}　经办：{e.By}{(e.OrgUnitCode is null ? "" : "（" + e.OrgUnitCode + "）")}{(e.CaseNumber is null ? "" : "　办件 " + e.CaseNumber)}");
        pdf.Space(12);
        pdf.Paragraph("本证明依据打印时系统记录出具，仅证明上述时点的卡片及应用状态。金融账户状态以合作银行系统为准。");
        pdf.ProofBlock(proof);
        pdf.PageNumbers();
        var bytes = pdf.ToBytes();
        audit.Record("card.print", "card", card.Id.ToString(), fields: ["status-proof"], reason: proof.Number);
        await db.SaveChangesAsync(ct);
        return new PrintedPdf(bytes, $"card-status-{proof.Number}.pdf");
    }

    private static string Local(DateTime utc) => utc.AddHours(8).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    private static string Day(DateOnly? d) => d?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) ?? "—";
}
