using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Shebao.Core.Platform.Pdf;

/// <summary>
/// A small top-to-bottom layout over PDFsharp's XGraphics (MigraDoc is not available): titles, label/value
/// rows with right-aligned amounts, wrapped paragraphs, and a new page when the cursor reaches the margin.
/// </summary>
public sealed partial class PdfDocumentWriter : IDisposable
{
    private const double Margin = 42;
    private readonly PdfDocument document = new();
    private XGraphics graphics = null!;
    private PdfPage page = null!;
    private readonly bool landscape;
    private double y;

    /// <param name="landscape">A4 on its side, for tables of many columns (monthly payment details).</param>
    public PdfDocumentWriter(string title, bool landscape = false)
    {
        this.landscape = landscape;
        CjkFontResolver.Install();
        document.Info.Title = title;
        document.Info.Creator = "Shebao 叶集区社会保险村级服务平台";
        NewPage();
    }

    public XFont Font(double size, bool bold = false) => new(CjkFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    private double Width => page.Width.Point - 2 * Margin;

    public void Title(string text, double size = 16)
    {
        var font = Font(size, bold: true);
        Ensure(size * 1.8);
        graphics.DrawString(text, font, XBrushes.Black, new XRect(Margin, y, Width, size * 1.5), XStringFormats.TopCenter);
        y += size * 1.8;
    }

    public void Heading(string text)
    {
        var font = Font(11, bold: true);
        Ensure(22);
        y += 4;
        graphics.DrawString(text, font, XBrushes.Black, new XRect(Margin, y, Width, 16), XStringFormats.TopLeft);
        y += 16;
        graphics.DrawLine(XPens.Gray, Margin, y, Margin + Width, y);
        y += 4;
    }

    /// <summary>A label on the left, a value on the right (right-aligned, for amounts).</summary>
    public void Row(string label, string value, bool bold = false, string? flag = null)
    {
        var font = Font(9.5, bold);
        Ensure(15);
        graphics.DrawString(label + (flag is null ? "" : $"（{flag}）"), font, XBrushes.Black, new XRect(Margin + 6, y, Width * 0.7, 14), XStringFormats.TopLeft);
        graphics.DrawString(value, font, XBrushes.Black, new XRect(Margin, y, Width - 6, 14), XStringFormats.TopRight);
        y += 14;
    }

    /// <summary>Wrapped text; long lines break at the character that no longer fits (CJK needs no spaces).</summary>
    public void Paragraph(string text, double size = 9, bool bold = false)
    {
        var font = Font(size, bold);
        var line = "";
        foreach (var ch in text)
        {
            var candidate = line + ch;
            if (graphics.MeasureString(candidate, font).Width > Width - 12 && line.Length > 0)
            {
                WriteLine(line, font, size);
                line = ch.ToString();
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Length > 0) WriteLine(line, font, size);
    }

    public void Space(double points) => y += points;

    public byte[] ToBytes()
    {
        graphics.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }

    private void WriteLine(string text, XFont font, double size)
    {
        Ensure(size * 1.5);
        graphics.DrawString(text, font, XBrushes.Black, new XRect(Margin + 6, y, Width - 6, size * 1.4), XStringFormats.TopLeft);
        y += size * 1.45;
    }

    private void Ensure(double height)
    {
        if (y + height <= page.Height.Point - Margin) return;
        graphics.Dispose();
        NewPage();
    }

    private void NewPage()
    {
        page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        if (landscape) page.Orientation = PdfSharp.PageOrientation.Landscape;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
    }
}
