using PdfSharp.Drawing;

namespace Shebao.Core.Platform.Pdf;

/// <summary>A table column: its header, its share of the width, and whether it holds amounts (right-aligned).</summary>
public sealed record PdfColumn(string Label, double Weight = 1, bool AlignRight = false);

public sealed partial class PdfDocumentWriter
{
    private const double CellPadding = 3;

    /// <summary>
    /// A ruled table. Cells wrap (long names break at the character that no longer fits); a row never splits across
    /// pages, and every page the table continues on repeats the header. A totals row, when given, is bold.
    /// </summary>
    public void Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<string>? totals = null, double fontSize = 8.5)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => Width * c.Weight / total).ToArray();
        var font = Font(fontSize);
        var bold = Font(fontSize, bold: true);
        var lineHeight = fontSize * 1.35;

        DrawRow(columns.Select(c => c.Label).ToList(), widths, columns, bold, lineHeight, header: true);
        foreach (var row in rows)
        {
            if (!Fits(row, widths, font, lineHeight))
            {
                graphics.Dispose();
                NewPage();
                DrawRow(columns.Select(c => c.Label).ToList(), widths, columns, bold, lineHeight, header: true);
            }
            DrawRow(row, widths, columns, font, lineHeight, header: false);
        }
        if (totals is not null)
        {
            if (!Fits(totals, widths, bold, lineHeight)) { graphics.Dispose(); NewPage(); DrawRow(columns.Select(c => c.Label).ToList(), widths, columns, bold, lineHeight, header: true); }
            DrawRow(totals, widths, columns, bold, lineHeight, header: false);
        }
        y += 6;
    }

    private bool Fits(IReadOnlyList<string> cells, double[] widths, XFont font, double lineHeight) =>
        y + RowHeight(cells, widths, font, lineHeight) <= page.Height.Point - Margin;

    private double RowHeight(IReadOnlyList<string> cells, double[] widths, XFont font, double lineHeight) =>
        cells.Select((c, i) => Wrap(c, font, widths[i] - 2 * CellPadding).Count).DefaultIfEmpty(1).Max() * lineHeight + 2 * CellPadding;

    private void DrawRow(IReadOnlyList<string> cells, double[] widths, IReadOnlyList<PdfColumn> columns, XFont font, double lineHeight, bool header)
    {
        var height = RowHeight(cells, widths, font, lineHeight);
        if (header) Ensure(height + lineHeight * 2 + 2 * CellPadding);
        var x = Margin;
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = new XRect(x, y, widths[i], height);
            if (header) graphics.DrawRectangle(XBrushes.Gainsboro, cell);
            graphics.DrawRectangle(XPens.Gray, cell);
            var lines = Wrap(i < cells.Count ? cells[i] : "", font, widths[i] - 2 * CellPadding);
            var format = header ? XStringFormats.TopCenter : columns[i].AlignRight ? XStringFormats.TopRight : XStringFormats.TopLeft;
            for (var l = 0; l < lines.Count; l++)
                graphics.DrawString(lines[l], font, XBrushes.Black, new XRect(x + CellPadding, y + CellPadding + l * lineHeight, widths[i] - 2 * CellPadding, lineHeight), format);
            x += widths[i];
        }
        y += height;
    }

    /// <summary>Breaks text into lines that fit the width; CJK needs no spaces, so break at any character.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var ch in text)
        {
            if (ch == '\n') { lines.Add(line); line = ""; continue; }
            var candidate = line + ch;
            if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
            {
                lines.Add(line);
                line = ch.ToString();
            }
            else line = candidate;
        }
        lines.Add(line);
        return lines;
    }
}
