using System.Globalization;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Cards;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Pdf;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Printing;

/// <summary>社会保障卡应用状态证明 (A2-26 print): what the status query shows, on paper, with a 核验码; the print is audited.</summary>
public sealed class PrintCardStatusHandler(AppDbContext db, CardReader reader, ICryptoProvider crypto, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<PrintedPdf>> HandleAsync(Guid cardId, CancellationToken ct = default)
    {
        var card = await reader.FindAsync(cardId, ct);
        if (card is null) return Result<PrintedPdf>.From(Result.NotFound());
        var view = await reader.ViewAsync(card, 20, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var proofNo = "KZ" + now.AddHours(8).ToString("yyMMddHHmmss", CultureInfo.InvariantCulture) + card.Id.ToString("N")[..6].ToUpperInvariant();
        using var pdf = new PdfDocumentWriter("社会保障卡应用状态证明");
        pdf.Title("社会保障卡应用状态证明");
        pdf.Row("证明编号", proofNo, bold: true);
        pdf.Row("核验码", crypto.BlindIndex($"card-status|{proofNo}|{view.Status}")[..12].ToUpperInvariant());
        pdf.Row("持卡人", $"{view.Person.Name}（公民身份号码 {view.Person.IdNumberMasked}）");
        pdf.Row("打印时间", Local(now));
        pdf.Heading("卡片信息");
        pdf.Row("社会保障卡卡号", view.CardNumber ?? "（制卡中，尚未分配）");
        pdf.Row("卡状态", view.StatusLabel, bold: true);
        pdf.Row("发卡地", view.IssuingArea);
        pdf.Row("合作银行", view.Bank);
        pdf.Row("发卡日期", Day(view.IssuedAt));
        pdf.Row("有效期至", Day(view.ExpiresOn));
        if (view.LossExpiresOn is { } until) pdf.Row("临时挂失有效至", Day(until));
        pdf.Row("申领编号", view.ApplicationNo);
        pdf.Heading("应用状态");
        foreach (var a in view.Applications) pdf.Row(a.Name, a.StatusLabel);
        pdf.Heading("近期业务记录");
        foreach (var e in view.Events)
            pdf.Paragraph($"{Local(e.At)}　{e.ActionLabel}　{(e.From is null ? "" : CardStatuses.Label(e.From) + " → ")}{CardStatuses.Label(e.To)}　经办：{e.By}{(e.OrgUnitCode is null ? "" : "（" + e.OrgUnitCode + "）")}{(e.CaseNumber is null ? "" : "　办件 " + e.CaseNumber)}");
        pdf.Space(12);
        pdf.Paragraph("本证明依据打印时系统记录出具，仅证明上述时点的卡片及应用状态。金融账户状态以合作银行系统为准。");
        var bytes = pdf.ToBytes();
        audit.Record("card.print", "card", card.Id.ToString(), fields: ["status-proof"], reason: proofNo);
        await db.SaveChangesAsync(ct);
        return new PrintedPdf(bytes, $"card-status-{proofNo}.pdf");
    }

    private static string Local(DateTime utc) => utc.AddHours(8).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    private static string Day(DateOnly? d) => d?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) ?? "—";
}
