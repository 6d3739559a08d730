using System.Globalization;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Pdf;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Printing;

/// <summary>移交清单: the archived paper files of a period, listed for hand-over with signature lines; audited.</summary>
public sealed class PrintHandoverListHandler(ArchiveLedgerHandler ledger, CurrentScope currentScope, AppDbContext db, Platform.Crypto.ICryptoProvider crypto, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<PrintedPdf>> HandleAsync(ArchiveLedgerQuery q, CancellationToken ct = default)
    {
        var rows = await ledger.HandleAsync(q, ct);
        if (!rows.IsSuccess) return Result<PrintedPdf>.From(rows);
        var unit = await currentScope.UnitAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        using var pdf = new PdfDocumentWriter("纸质材料移交清单");
        pdf.Title("纸质材料移交清单");
        pdf.Paragraph($"核验码：{PrintCasePaperHandler.VerificationCode(crypto, "handover", $"{unit?.Code}|{now:yyyyMMddHHmmss}")}");
        pdf.Paragraph($"移交单位：{unit?.Name}　　打印时间：{now.AddHours(8).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture)}　　共 {rows.Value!.Count} 件");
        pdf.Heading("序号　办件编号　事项　申请人　归档编号　归档日期　电子材料数");
        var i = 0;
        foreach (var r in rows.Value)
            pdf.Row($"{++i}　{r.Number}　{r.ItemCode} {r.ItemName}　{r.PersonName}", $"{r.ArchiveNo}　{r.ArchivedAt.AddHours(8):yyyy-MM-dd}　{r.Files}份");
        pdf.Space(24);
        pdf.Paragraph("移交人：__________　　接收人：__________　　日期：__________");
        audit.Record("case.print", "org-unit", unit?.Code, fields: ["handover"], reason: $"rows={rows.Value.Count}");
        await db.SaveChangesAsync(ct);
        return new PrintedPdf(pdf.ToBytes(), $"移交清单-{now.AddHours(8):yyyyMMdd}.pdf");
    }
}
