using System.Globalization;
using Shebao.Core.Modules.Queries;
using Shebao.Core.Platform.Pdf;

namespace Shebao.Core.Modules.Printing;

/// <summary>
/// The paper form of a query result (A2-xx): title, issuing unit and date, whose record it is (masked), then the table,
/// sheet or composition, the amount in capitals, the certificate statement, the notes, and the proof block with its QR.
/// Wide tables go landscape; a table over several pages repeats its header.
/// </summary>
internal static class QueryPdf
{
    private const int LandscapeFrom = 8;

    public static byte[] Render(QueryResult r, string issuer, DateTime printedAtUtc, Action<PdfDocumentWriter> proofBlock)
    {
        using var pdf = new PdfDocumentWriter(r.Title, landscape: r.Layout == "table" && r.Columns.Count >= LandscapeFrom);
        pdf.Title(r.Title);
        pdf.Paragraph($"出具机构：{issuer}　　打印日期：{printedAtUtc.AddHours(8).ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}　　事项编号：{r.ItemCode}", 9);
        pdf.Heading(r.Subject.Kind switch { "person" => "参保人员", "employer" => "参保单位", _ => "工程项目" });
        foreach (var (label, value) in SubjectLines(r)) pdf.Row(label, value);
        if (r.From is not null || r.To is not null) pdf.Row(r.Layout == "composition" ? "发放年月" : "查询期间", r.Layout == "composition" ? r.From ?? r.To ?? "" : $"{r.From ?? "…"} 至 {r.To ?? "…"}");
        foreach (var h in r.Header) pdf.Row(h.Label, h.Value);

        pdf.Heading(r.Layout == "composition" ? "养老金构成" : "明细");
        if (r.Rows.Count == 0) pdf.Paragraph("查询期间内没有记录。", 10);
        else if (r.Layout == "sheet")
            foreach (var c in r.Columns) pdf.Row(c.Label, c.Show(r.Rows[0].GetValueOrDefault(c.Key)));
        else
            pdf.Table(r.Columns.Select(c => new PdfColumn(c.Label, Weight(c), c.IsAmount())).ToList(),
                r.Rows.Select(row => (IReadOnlyList<string>)r.Columns.Select(c => c.Show(row.GetValueOrDefault(c.Key))).ToList()),
                r.Totals.Count == 0 ? null : r.Columns.Select((c, i) => r.Totals.TryGetValue(c.Key, out var t) ? c.Show(t) : i == 0 ? $"合计（{r.Rows.Count}条）" : "").ToList(),
                fontSize: r.Columns.Count >= 10 ? 7.5 : 8.5);
        if (r.AmountInWords is not null)
        {
            pdf.Row($"{r.AmountInWordsLabel}（小写）", "¥" + FieldValues.Display(FieldType.Money, r.AmountInFigures), bold: true);
            pdf.Row($"{r.AmountInWordsLabel}（大写）", "人民币" + r.AmountInWords, bold: true);
        }
        if (r.Statement is not null) { pdf.Space(6); pdf.Paragraph(r.Statement, 10.5); }
        foreach (var note in r.Notes) pdf.Paragraph(note, 8.5);
        pdf.Space(10);
        proofBlock(pdf);
        pdf.PageNumbers();
        return pdf.ToBytes();
    }

    private static IEnumerable<(string, string)> SubjectLines(QueryResult r) => r.Subject.Kind switch
    {
        "person" => [("姓名", r.Subject.Name), ("公民身份号码", r.Subject.IdNumberMasked ?? "")],
        "employer" => [("单位名称", r.Subject.Name), ("统一社会信用代码", r.Subject.CreditCode ?? "")],
        _ => [("项目名称", r.Subject.Name), ("项目编号", r.Subject.ProjectCode ?? "")],
    };

    /// <summary>Names and free text get more room than amounts and months.</summary>
    private static double Weight(QueryColumn c) => c.Type switch
    {
        nameof(FieldType.Text) => 1.6,
        nameof(FieldType.IdNumber) or nameof(FieldType.BankAccount) or nameof(FieldType.CreditCode) => 1.7,
        nameof(FieldType.Date) => 1.1,
        _ => 1,
    };
}
