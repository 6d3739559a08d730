using System.Globalization;
using PdfSharp.Drawing;
using QRCoder;

namespace Shebao.Core.Platform.Pdf;

/// <summary>The verification block of a printed proof and the page numbers.</summary>
public sealed partial class PdfDocumentWriter
{
    private const double QrSize = 108;
    private const double BlockPadding = 10;

    /// <summary>
    /// A boxed block kept on one page: on the left 证明编号, 验证码, 出具机构, 出具日期, 有效期至 and how to check;
    /// on the right a QR code (ECC M, drawn as vector squares) of <paramref name="verifyUrl"/>.
    /// </summary>
    public void ProofBlock(string number, string code, string verifyUrl, string issuer, DateTime issuedAtUtc, DateTime expiresAtUtc)
    {
        var label = Font(9.5);
        var strong = Font(11, bold: true);
        var leftWidth = Width - QrSize - 3 * BlockPadding;
        var baseUrl = verifyUrl.Split("/verify", 2)[0];
        var howTo = Wrap($"扫码或访问 {baseUrl}/verify 输入证明编号和验证码核验真伪", Font(8.5), leftWidth);
        var lines = new (string Label, string Value, XFont Font)[]
        {
            ("证明编号", number, strong),
            ("验证码", code, strong),
            ("出具机构", issuer, label),
            ("出具日期", ChinaDay(issuedAtUtc), label),
            ("有效期至", ChinaDay(expiresAtUtc), label),
        };
        var textHeight = lines.Length * 16 + 4 + howTo.Count * 12;
        var height = Math.Max(QrSize, textHeight) + 2 * BlockPadding;
        Ensure(height + 8);
        y += 4;
        var top = y;
        graphics.DrawRectangle(new XPen(XColors.Black, 0.8), Margin, top, Width, height);

        var ty = top + BlockPadding;
        foreach (var (name, value, font) in lines)
        {
            graphics.DrawString(name + "：", label, XBrushes.Black, new XRect(Margin + BlockPadding, ty, 60, 16), XStringFormats.TopLeft);
            graphics.DrawString(value, font, XBrushes.Black, new XRect(Margin + BlockPadding + 60, ty - (font == strong ? 1 : 0), leftWidth - 60, 16), XStringFormats.TopLeft);
            ty += 16;
        }
        ty += 4;
        foreach (var line in howTo)
        {
            graphics.DrawString(line, Font(8.5), XBrushes.Black, new XRect(Margin + BlockPadding, ty, leftWidth, 12), XStringFormats.TopLeft);
            ty += 12;
        }

        DrawQr(verifyUrl, Margin + Width - BlockPadding - QrSize, top + (height - QrSize) / 2, QrSize);
        y = top + height + 4;
    }

    /// <summary>"第 n 页 / 共 m 页" at the foot of every page; call once, after the content and before <see cref="ToBytes"/>.</summary>
    public void PageNumbers()
    {
        var font = Font(8);
        var total = document.PageCount;
        for (var i = 0; i < total; i++)
        {
            var target = document.Pages[i];
            var isCurrent = ReferenceEquals(target, page);
            var g = isCurrent ? graphics : XGraphics.FromPdfPage(target, XGraphicsPdfPageOptions.Append);
            try
            {
                var foot = target.Height.Point - Margin + 12;
                g.DrawString($"第 {i + 1} 页 / 共 {total} 页", font, XBrushes.Black, new XRect(Margin, foot, target.Width.Point - 2 * Margin, 12), XStringFormats.TopCenter);
            }
            finally
            {
                if (!isCurrent) g.Dispose();
            }
        }
    }

    /// <summary>The module matrix (quiet zone included) as filled squares; each dark run of a row is one rectangle.</summary>
    private void DrawQr(string text, double left, double top, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var col = 0;
            while (col < bits.Length)
            {
                if (!bits[col]) { col++; continue; }
                var start = col;
                while (col < bits.Length && bits[col]) col++;
                // A hair of overlap so anti-aliased viewers show no seams between rows.
                graphics.DrawRectangle(XBrushes.Black, left + start * module, top + row * module, (col - start) * module + 0.05, module + 0.05);
            }
        }
    }

    private static string ChinaDay(DateTime utc) => utc.AddHours(8).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
