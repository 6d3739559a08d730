using System.IO.Compression;
using System.Text;
using Shebao.Core.Platform.Results;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Processing;

namespace Shebao.Core.Platform.Files;

/// <summary>Why an upload was refused; Web maps these to 415 (type), 413 (size) or 400 (the rest), per check D1/D2.</summary>
public enum AttachmentRejection { Empty, UnsupportedType, TooLarge, TooManyPixels, UnsafePdf, EncryptedPdf, Unreadable }

/// <summary>
/// An upload that passed inspection. <see cref="Content"/> is what gets stored: for images the re-encoded bytes,
/// never the original. <see cref="Thumbnail"/> is a small JPEG for review pages, null for PDFs.
/// </summary>
public sealed record InspectedAttachment(byte[] Content, FileKind Kind, byte[]? Thumbnail)
{
    public string ContentType => FileKinds.ContentType(Kind);
    public string Extension => FileKinds.Extension(Kind);
}

/// <summary>Either a clean attachment or a rejection with its zh-CN message (the message doubles as a localisation key).</summary>
public sealed class AttachmentInspection
{
    private AttachmentInspection(InspectedAttachment? attachment, AttachmentRejection? rejection, string? message)
    {
        Attachment = attachment;
        Rejection = rejection;
        Message = message;
    }

    public InspectedAttachment? Attachment { get; }
    public AttachmentRejection? Rejection { get; }
    public string? Message { get; }
    public bool IsClean => Attachment is not null;

    public static AttachmentInspection Clean(InspectedAttachment attachment) => new(attachment, null, null);
    public static AttachmentInspection Refused(AttachmentRejection rejection, string message) => new(null, rejection, message);

    /// <summary>For handlers: a rejection becomes a field error on <paramref name="field"/>.</summary>
    public Result<InspectedAttachment> ToResult(string field) =>
        Attachment is { } clean ? Result<InspectedAttachment>.Ok(clean) : Result<InspectedAttachment>.From(Result.Invalid(field, Message!));
}

/// <summary>
/// Validates one uploaded scan (security-reliability §2.8): kind by magic bytes, size, PDF active content, and
/// images decoded and re-encoded so that metadata (GPS EXIF) and anything riding along (polyglot HTML or ZIP
/// after the image data) is dropped. Does no I/O besides reading the upload; storing is <see cref="FileStore"/>'s job.
/// </summary>
public sealed class AttachmentInspector(UploadPolicy policy)
{
    public const string EmptyMessage = "文件是空的，请重新选择";
    public const string UnsupportedTypeMessage = "文件类型不允许：只接受 JPG、PNG 或 PDF 扫描件";
    public const string UnsafePdfMessage = "PDF 含有脚本或嵌入文件，不能上传";
    public const string EncryptedPdfMessage = "PDF 已加密，无法检查，请去除密码后上传";
    public const string UnreadablePdfMessage = "PDF 无法读取，文件可能已损坏";
    public const string UnreadableImageMessage = "图片无法读取，文件可能已损坏";

    // Only the two decoders we accept are registered, so ImageSharp can never be talked into parsing BMP, GIF,
    // TIFF or WebP whatever the bytes claim.
    private static readonly Configuration Decoders = new(new JpegConfigurationModule(), new PngConfigurationModule());

    public UploadPolicy Policy => policy;

    public string TooLargeMessage => $"文件超过{policy.MaxBytes / UploadPolicy.MegaByte}MB，请压缩或分页扫描后上传";
    public string TooManyPixelsMessage => $"图片像素过多（超过{policy.MaxPixels / 1_000_000}百万像素），请降低扫描分辨率后上传";

    /// <summary>Reads at most MaxBytes + 1 bytes of <paramref name="upload"/>, so an oversize body is never buffered whole.</summary>
    public async Task<AttachmentInspection> InspectAsync(Stream upload, CancellationToken ct)
    {
        var content = await ReadBoundedAsync(upload, policy.MaxBytes, ct);
        return content is null ? AttachmentInspection.Refused(AttachmentRejection.TooLarge, TooLargeMessage) : Inspect(content);
    }

    public AttachmentInspection Inspect(byte[] content)
    {
        if (content.Length == 0) return AttachmentInspection.Refused(AttachmentRejection.Empty, EmptyMessage);
        if (content.LongLength > policy.MaxBytes) return AttachmentInspection.Refused(AttachmentRejection.TooLarge, TooLargeMessage);
        var kind = FileKinds.Detect(content);
        if (kind == FileKind.Unknown || !policy.AllowedKinds.Contains(kind))
            return AttachmentInspection.Refused(AttachmentRejection.UnsupportedType, UnsupportedTypeMessage);
        return kind == FileKind.Pdf ? InspectPdf(content) : InspectImage(content, kind);
    }

    private static AttachmentInspection InspectPdf(byte[] content) => PdfActiveContent.Scan(content) switch
    {
        PdfVerdict.Clean => AttachmentInspection.Clean(new InspectedAttachment(content, FileKind.Pdf, null)),
        PdfVerdict.Active => AttachmentInspection.Refused(AttachmentRejection.UnsafePdf, UnsafePdfMessage),
        PdfVerdict.Encrypted => AttachmentInspection.Refused(AttachmentRejection.EncryptedPdf, EncryptedPdfMessage),
        _ => AttachmentInspection.Refused(AttachmentRejection.Unreadable, UnreadablePdfMessage),
    };

    private AttachmentInspection InspectImage(byte[] content, FileKind kind)
    {
        try
        {
            // Identify reads only the header: the pixel budget is enforced before any pixel memory is allocated.
            var info = Image.Identify(Decoders, content, out var format);
            if (info is null || !Matches(format, kind)) return Unreadable();
            if ((long)info.Width * info.Height > policy.MaxPixels)
                return AttachmentInspection.Refused(AttachmentRejection.TooManyPixels, TooManyPixelsMessage);

            using var image = Image.Load(Decoders, content);
            image.Mutate(x => x.AutoOrient());
            StripMetadata(image);
            var clean = Encode(image, kind);
            return AttachmentInspection.Clean(new InspectedAttachment(clean, kind, Thumbnail(image)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Hostile input makes decoders throw all sorts (format, memory, index errors); any of them means
            // "not an image we can vouch for", and refusing is the fail-closed answer (P8).
            return Unreadable();
        }
    }

    private static AttachmentInspection Unreadable() => AttachmentInspection.Refused(AttachmentRejection.Unreadable, UnreadableImageMessage);

    private static bool Matches(IImageFormat? format, FileKind kind) =>
        (format, kind) is (JpegFormat, FileKind.Jpeg) or (PngFormat, FileKind.Png);

    // The encoders write whatever profiles the image carries, so they go before encoding: EXIF holds GPS
    // position and camera serials, XMP/IPTC/ICC and PNG text chunks can carry arbitrary bytes.
    private static void StripMetadata(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.IccProfile = null;
        image.Metadata.GetPngMetadata().TextData.Clear();
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.IccProfile = null;
        }
    }

    private static byte[] Encode(Image image, FileKind kind)
    {
        using var output = new MemoryStream();
        if (kind == FileKind.Png)
            image.SaveAsPng(output, new PngEncoder { ChunkFilter = PngChunkFilter.ExcludeExifChunk | PngChunkFilter.ExcludeTextChunks });
        else
            image.SaveAsJpeg(output, new JpegEncoder { Quality = 85, ColorType = JpegColorOf(image) });
        return output.ToArray();
    }

    // Grey scans stay grey (a third of the size); everything else, CMYK included, becomes plain YCbCr.
    private static JpegColorType JpegColorOf(Image image) =>
        image.Metadata.GetJpegMetadata().ColorType == JpegColorType.Luminance ? JpegColorType.Luminance : JpegColorType.YCbCrRatio420;

    private byte[] Thumbnail(Image image)
    {
        var longSide = Math.Max(image.Width, image.Height);
        var scale = Math.Min(1.0, (double)policy.ThumbnailSize / longSide);
        var size = new Size(Math.Max(1, (int)Math.Round(image.Width * scale)), Math.Max(1, (int)Math.Round(image.Height * scale)));
        // White behind transparent PNG areas: JPEG has no alpha and would show them black.
        using var thumbnail = image.Clone(x => x.Resize(size).BackgroundColor(Color.White));
        using var output = new MemoryStream();
        thumbnail.SaveAsJpeg(output, new JpegEncoder { Quality = 75, ColorType = JpegColorType.YCbCrRatio420 });
        return output.ToArray();
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream upload, long maxBytes, CancellationToken ct)
    {
        if (upload.CanSeek && upload.Length - upload.Position > maxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

internal enum PdfVerdict { Clean, Active, Encrypted, Unreadable }

/// <summary>
/// Looks for active content in a PDF by scanning its name tokens rather than parsing it. Why a byte scan: PDF
/// readers repair broken files in different ways, so a parser's view of "the" object graph need not be the
/// viewer's; refusing any file that mentions a dangerous name anywhere holds whatever the viewer reconstructs.
/// To close the usual evasions, names are decoded (/J#61vaScript is /JavaScript) and compressed object
/// streams (/ObjStm, where PDF 1.5 hides dictionaries) are inflated and scanned too. Anything that cannot be
/// inspected that way (encryption, unknown filters) is refused.
/// </summary>
internal static class PdfActiveContent
{
    private const int InflateBudget = 64 * UploadPolicy.MegaByte;

    // A JavaScript action needs /S /JavaScript, the document-level scripts live under /JavaScript, and an
    // /OpenAction or /AA that runs JS points at such an action, so these names catch every script trigger.
    // Launch runs programs, EmbeddedFile(s)/GoToE carry files, RichMedia and XFA carry their own scripting.
    private static readonly HashSet<string> Active = new(StringComparer.Ordinal)
        { "JavaScript", "Launch", "EmbeddedFile", "EmbeddedFiles", "GoToE", "RichMedia", "XFA" };

    // /JS is checked too, but only outside stream data: three bytes turn up by chance in compressed images
    // (about once per 50 MB), and without an /S /JavaScript next to it a /JS is inert anyway.
    private const string Js = "JS";

    private static readonly HashSet<string> OtherFilters = new(StringComparer.Ordinal)
        { "ASCIIHexDecode", "ASCII85Decode", "LZWDecode", "RunLengthDecode", "Crypt", "AHx", "A85", "LZW", "RL", "DecodeParms" };

    public static PdfVerdict Scan(byte[] pdf)
    {
        if (pdf.AsSpan().IndexOf("%%EOF"u8) < 0) return PdfVerdict.Unreadable;
        var all = Names(pdf);
        if (all.Overlaps(Active)) return PdfVerdict.Active;
        if (all.Contains("Encrypt")) return PdfVerdict.Encrypted;

        var cursor = 0;
        var budget = InflateBudget;
        while (NextStream(pdf, cursor) is { } stream)
        {
            var (header, start, end) = stream;
            if (Names(pdf.AsSpan(cursor, start - cursor)).Contains(Js)) return PdfVerdict.Active;
            var headerNames = Names(pdf.AsSpan(header, start - header));
            if (headerNames.Contains("ObjStm"))
            {
                if (headerNames.Overlaps(OtherFilters)) return PdfVerdict.Unreadable;
                var objects = headerNames.Contains("FlateDecode") ? Inflate(pdf.AsSpan(start, end - start), ref budget) : pdf[start..end];
                if (objects is null) return PdfVerdict.Unreadable;
                var inner = Names(objects);
                if (inner.Contains(Js) || inner.Overlaps(Active)) return PdfVerdict.Active;
                if (inner.Contains("Encrypt")) return PdfVerdict.Encrypted;
            }
            cursor = end;
        }
        return Names(pdf.AsSpan(cursor)).Contains(Js) ? PdfVerdict.Active : PdfVerdict.Clean;
    }

    /// <summary>The next stream after <paramref name="from"/>: where its object header starts, and its data's bounds.</summary>
    private static (int Header, int Start, int End)? NextStream(byte[] pdf, int from)
    {
        var span = pdf.AsSpan();
        for (var at = from; at < pdf.Length;)
        {
            var hit = span[at..].IndexOf("stream"u8);
            if (hit < 0) return null;
            var keyword = at + hit;
            at = keyword + 6;
            if (keyword >= 3 && span[(keyword - 3)..keyword].SequenceEqual("end"u8)) continue;
            // The keyword counts only right after a dictionary's ">>", as the spec requires.
            var before = keyword - 1;
            while (before >= 0 && IsWhite(span[before])) before--;
            if (before < 1 || span[before] != '>' || span[before - 1] != '>') continue;
            var start = keyword + 6;
            if (start < pdf.Length && span[start] == '\r') start++;
            if (start < pdf.Length && span[start] == '\n') start++;
            var endHit = span[start..].IndexOf("endstream"u8);
            if (endHit < 0) return (HeaderOf(span, before), start, pdf.Length);
            return (HeaderOf(span, before), start, start + endHit);
        }
        return null;
    }

    // The stream's dictionary begins after the nearest preceding "obj" keyword that is not "endobj".
    private static int HeaderOf(ReadOnlySpan<byte> pdf, int dictionaryEnd)
    {
        var end = dictionaryEnd;
        while (end > 0)
        {
            var hit = pdf[..end].LastIndexOf("obj"u8);
            if (hit < 0) return 0;
            if (hit < 3 || !pdf[(hit - 3)..hit].SequenceEqual("end"u8)) return hit;
            end = hit;
        }
        return 0;
    }

    private static byte[]? Inflate(ReadOnlySpan<byte> data, ref int budget)
    {
        try
        {
            using var input = new MemoryStream(data.ToArray());
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = zlib.Read(chunk)) > 0)
            {
                budget -= read;
                if (budget < 0) return null; // a decompression bomb is refused, not expanded
                output.Write(chunk, 0, read);
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Every name token (/Name) in <paramref name="pdf"/>, with #xx escapes decoded.</summary>
    private static HashSet<string> Names(ReadOnlySpan<byte> pdf)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var name = new StringBuilder();
        for (var i = 0; i < pdf.Length; i++)
        {
            if (pdf[i] != '/') continue;
            name.Clear();
            var j = i + 1;
            for (; j < pdf.Length && IsRegular(pdf[j]) && name.Length <= 32; j++)
            {
                if (pdf[j] == '#' && j + 2 < pdf.Length && IsHex(pdf[j + 1]) && IsHex(pdf[j + 2]))
                {
                    name.Append((char)((HexValue(pdf[j + 1]) << 4) | HexValue(pdf[j + 2])));
                    j += 2;
                }
                else name.Append((char)pdf[j]);
            }
            if (name.Length is > 0 and <= 32) names.Add(name.ToString());
            i = j - 1;
        }
        return names;
    }

    private static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsRegular(byte b) => !IsWhite(b) && b is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');

    private static bool IsHex(byte b) => HexValue(b) >= 0;

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
