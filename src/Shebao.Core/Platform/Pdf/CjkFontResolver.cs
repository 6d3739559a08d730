using System.Buffers.Binary;
using PdfSharp.Fonts;

namespace Shebao.Core.Platform.Pdf;

/// <summary>
/// One CJK font for every PDF: WenQuanYi Micro Hei (Debian fonts-wqy-microhei), which has Latin digits too.
/// PDFsharp cannot read .ttc collections, so face 0 is rebuilt as a standalone TrueType file in memory.
/// </summary>
public sealed class CjkFontResolver : IFontResolver
{
    public const string Family = "WenQuanYi Micro Hei";
    private const string FaceName = "wqy-microhei";
    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    ];

    private static readonly object Gate = new();
    private static bool installed;
    private readonly Lazy<byte[]> face = new(() => ExtractFace0(File.ReadAllBytes(FontPath ?? throw new FontMissingException())));

    public static string? FontPath => Environment.GetEnvironmentVariable("SHEBAO_PDF_FONT") is { Length: > 0 } custom && File.Exists(custom)
        ? custom
        : Candidates.FirstOrDefault(File.Exists);

    /// <summary>PDFsharp's resolver is process-global and may be set only once.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (installed) return;
            GlobalFontSettings.FontResolver = new CjkFontResolver();
            installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Every request maps to the one face; bold is simulated so headings still stand out.
        new(FaceName, bold, italic);

    public byte[]? GetFont(string faceName) => faceName == FaceName ? face.Value : null;

    /// <summary>Copies the table directory of face 0 and its tables into a new sfnt with rewritten offsets.</summary>
    public static byte[] ExtractFace0(byte[] file)
    {
        var span = file.AsSpan();
        if (BinaryPrimitives.ReadUInt32BigEndian(span) != 0x74746366) return file; // not 'ttcf': already a plain font
        var faceOffset = (int)BinaryPrimitives.ReadUInt32BigEndian(span[12..]);
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(span[(faceOffset + 4)..]);
        var headerLength = 12 + numTables * 16;
        var tables = new List<(uint Tag, uint Checksum, int Offset, int Length)>();
        for (var i = 0; i < numTables; i++)
        {
            var record = span[(faceOffset + 12 + i * 16)..];
            tables.Add((BinaryPrimitives.ReadUInt32BigEndian(record), BinaryPrimitives.ReadUInt32BigEndian(record[4..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
        }
        var output = new MemoryStream();
        output.Write(span.Slice(faceOffset, 12));
        var position = headerLength;
        var newOffsets = new List<int>();
        foreach (var t in tables)
        {
            newOffsets.Add(position);
            position += (t.Length + 3) & ~3; // tables are 4-byte aligned
        }
        Span<byte> record16 = stackalloc byte[16];
        for (var i = 0; i < tables.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(record16, tables[i].Tag);
            BinaryPrimitives.WriteUInt32BigEndian(record16[4..], tables[i].Checksum);
            BinaryPrimitives.WriteUInt32BigEndian(record16[8..], (uint)newOffsets[i]);
            BinaryPrimitives.WriteUInt32BigEndian(record16[12..], (uint)tables[i].Length);
            output.Write(record16);
        }
        foreach (var t in tables)
        {
            output.Write(span.Slice(t.Offset, t.Length));
            for (var pad = t.Length; pad % 4 != 0; pad++) output.WriteByte(0);
        }
        return output.ToArray();
    }
}

/// <summary>Printing needs the CJK font; without it the platform says so instead of printing boxes.</summary>
public sealed class FontMissingException() : Exception("The CJK font for PDFs is missing: install fonts-wqy-microhei or set SHEBAO_PDF_FONT.");
