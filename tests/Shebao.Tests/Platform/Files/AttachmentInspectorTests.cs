using System.IO.Compression;
using System.Text;
using Shebao.Core.Platform.Files;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Shebao.Tests.Platform.Files;

public sealed class AttachmentInspectorTests
{
    private static readonly AttachmentInspector Inspector = new(new UploadPolicy());

    // The inspector never sees the client's file name or Content-Type, so "invoice.jpg" cannot help an .exe.
    [Fact]
    public void Executable_RenamedJpg_IsRefusedAsWrongType()
    {
        var exe = Concat("MZ"u8.ToArray(), new byte[] { 0x90, 0, 3, 0, 0, 0, 4, 0 }, new byte[200]);
        AssertRefused(Inspector.Inspect(exe), AttachmentRejection.UnsupportedType, AttachmentInspector.UnsupportedTypeMessage);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("PK\u0003\u0004 zip archive")]
    public void Html_Svg_AndZip_AreRefusedAsWrongType(string content) =>
        AssertRefused(Inspector.Inspect(Encoding.UTF8.GetBytes(content)), AttachmentRejection.UnsupportedType, "文件类型不允许：只接受 JPG、PNG 或 PDF 扫描件");

    [Fact]
    public async Task FileOverTheLimit_IsRefusedWithTheSizeMessage_WithoutReadingItAll()
    {
        var tooBig = new byte[10 * 1024 * 1024 + 1];
        new byte[] { 0xFF, 0xD8, 0xFF }.CopyTo(tooBig, 0);
        AssertRefused(await Inspector.InspectAsync(new MemoryStream(tooBig), CancellationToken.None), AttachmentRejection.TooLarge, "文件超过10MB，请压缩或分页扫描后上传");
        var unseekable = new OneWayStream(new MemoryStream(new byte[50 * 1024 * 1024]));
        AssertRefused(await Inspector.InspectAsync(unseekable, CancellationToken.None), AttachmentRejection.TooLarge, "文件超过10MB，请压缩或分页扫描后上传");
        Assert.True(unseekable.BytesRead < 11 * 1024 * 1024, "reading should stop once the limit is passed");
    }

    [Fact]
    public void EmptyFile_IsRefused() =>
        AssertRefused(Inspector.Inspect([]), AttachmentRejection.Empty, AttachmentInspector.EmptyMessage);

    [Theory]
    [InlineData("1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj 3 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj")]
    [InlineData("1 0 obj << /Type /Catalog /OpenAction << /S /J#61vaScript /JS (app.alert(1)) >> >> endobj")]
    [InlineData("1 0 obj << /Type /Catalog /AA << /O << /JS (app.alert(1)) >> >> >> endobj")]
    [InlineData("1 0 obj << /Type /Action /S /Launch /F (cmd.exe) >> endobj")]
    [InlineData("1 0 obj << /Type /Catalog /Names << /EmbeddedFiles 4 0 R >> >> endobj")]
    public void Pdf_WithScriptsLaunchOrEmbeddedFiles_IsRefused(string body) =>
        AssertRefused(Inspector.Inspect(Pdf(body)), AttachmentRejection.UnsafePdf, "PDF 含有脚本或嵌入文件，不能上传");

    [Fact]
    public void Pdf_HidingJavaScriptInACompressedObjectStream_IsRefused()
    {
        var hidden = Deflate("5 0 << /S /JavaScript /JS (app.alert(1)) >>".Replace("/S /JavaScript", "/S /JavaScr#69pt", StringComparison.Ordinal));
        var body = Concat(Encoding.ASCII.GetBytes($"4 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {hidden.Length} >>\nstream\n"), hidden, "\nendstream\nendobj"u8.ToArray());
        AssertRefused(Inspector.Inspect(Pdf(body)), AttachmentRejection.UnsafePdf, AttachmentInspector.UnsafePdfMessage);
    }

    [Fact]
    public void Pdf_Encrypted_IsRefused_BecauseItCannotBeInspected() =>
        AssertRefused(Inspector.Inspect(Pdf("trailer << /Root 1 0 R /Encrypt 9 0 R >>")), AttachmentRejection.EncryptedPdf, AttachmentInspector.EncryptedPdfMessage);

    [Fact]
    public void Pdf_Plain_IsAccepted_Unchanged_WithoutThumbnail()
    {
        var pdf = Pdf("1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >> endobj");
        var result = Inspector.Inspect(pdf);
        Assert.True(result.IsClean, result.Message);
        Assert.Equal(pdf, result.Attachment!.Content);
        Assert.Equal(FileKind.Pdf, result.Attachment.Kind);
        Assert.Equal("application/pdf", result.Attachment.ContentType);
        Assert.Null(result.Attachment.Thumbnail);
    }

    [Fact]
    public void Pdf_FromARealWriter_WithAnImageStream_IsAccepted()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        var page = document.AddPage();
        using (var graphics = PdfSharp.Drawing.XGraphics.FromPdfPage(page))
        using (var picture = PdfSharp.Drawing.XImage.FromStream(new MemoryStream(Jpeg(Noise(300, 200)))))
            graphics.DrawImage(picture, 10, 10);
        using var output = new MemoryStream();
        document.Save(output);
        var result = Inspector.Inspect(output.ToArray());
        Assert.True(result.IsClean, result.Message);
    }

    [Fact]
    public void Pdf_Truncated_IsRefused() =>
        AssertRefused(Inspector.Inspect("%PDF-1.7\n1 0 obj << /Type /Catalog"u8.ToArray()), AttachmentRejection.Unreadable, AttachmentInspector.UnreadablePdfMessage);

    [Fact]
    public void Png_IsAccepted_ReEncodedAsPng_WithoutTextChunks_WithThumbnail()
    {
        var image = Noise(800, 600);
        image.Metadata.GetPngMetadata().TextData.Add(new PngTextData("Comment", "<script>alert(1)</script>", "", ""));
        var original = Png(image);
        Assert.NotEqual(-1, original.AsSpan().IndexOf("<script"u8));
        var result = Inspector.Inspect(original);
        Assert.True(result.IsClean, result.Message);
        var clean = result.Attachment!;
        Assert.Equal(FileKind.Png, clean.Kind);
        Assert.Equal(FileKind.Png, FileKinds.Detect(clean.Content));
        Assert.Equal(-1, clean.Content.AsSpan().IndexOf("<script"u8));
        using var decoded = Image.Load(clean.Content);
        Assert.Equal((800, 600), (decoded.Width, decoded.Height));
        AssertThumbnail(clean.Thumbnail, 320, 240);
    }

    [Fact]
    public void Jpeg_IsAccepted_ReEncoded_WithThumbnail()
    {
        var original = Jpeg(Noise(200, 400), quality: 100);
        var result = Inspector.Inspect(original);
        Assert.True(result.IsClean, result.Message);
        var clean = result.Attachment!;
        Assert.Equal(FileKind.Jpeg, clean.Kind);
        Assert.Equal((".jpg", "image/jpeg"), (clean.Extension, clean.ContentType));
        Assert.NotEqual(original, clean.Content);
        AssertThumbnail(clean.Thumbnail, 160, 320);
    }

    [Fact]
    public void Polyglot_JpegWithHtmlOrZipAppended_IsStoredOnlyReEncoded()
    {
        var polyglot = Concat(Jpeg(Noise(64, 64)), "<html><script>fetch('/api/v1/persons')</script></html>PK\u0003\u0004payload"u8.ToArray());
        var result = Inspector.Inspect(polyglot);
        Assert.True(result.IsClean, result.Message);
        Assert.Equal(-1, result.Attachment!.Content.AsSpan().IndexOf("<script"u8));
        Assert.Equal(-1, result.Attachment.Content.AsSpan().IndexOf("PK\u0003\u0004"u8));
    }

    [Fact]
    public void ExifGps_IsRemoved()
    {
        using var image = Noise(120, 80);
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitudeRef, "N");
        image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitude, [new Rational(31, 1), new Rational(14, 1), new Rational(5, 1)]);
        var original = Jpeg(image);
        Assert.NotNull(Image.Identify(original).Metadata.ExifProfile?.GetValue(ExifTag.GPSLatitude));

        var clean = Inspector.Inspect(original).Attachment!.Content;
        Assert.Null(Image.Identify(clean).Metadata.ExifProfile?.GetValue(ExifTag.GPSLatitude));
        Assert.Equal(-1, clean.AsSpan().IndexOf("Exif\0\0"u8));
    }

    [Fact]
    public void Orientation_IsAppliedBeforeTheTagIsDropped()
    {
        using var image = Noise(40, 20);
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)6); // rotate 90° clockwise to display
        using var decoded = Image.Load(Inspector.Inspect(Jpeg(image)).Attachment!.Content);
        Assert.Equal((20, 40), (decoded.Width, decoded.Height));
    }

    [Fact]
    public void PixelBomb_IsRefusedFromItsHeader()
    {
        var bomb = Png(Noise(8, 8));
        // IHDR starts at byte 8: length(4) "IHDR"(4) width(4) height(4) …; then its CRC over type + data.
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bomb.AsSpan(16), 50_000);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bomb.AsSpan(20), 50_000);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bomb.AsSpan(29), Crc32(bomb.AsSpan(12, 17)));
        var result = Inspector.Inspect(bomb);
        Assert.Equal(AttachmentRejection.TooManyPixels, result.Rejection);
        Assert.Contains("像素", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CorruptImage_IsRefused()
    {
        var corrupt = Concat(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, Encoding.ASCII.GetBytes(new string('x', 500)));
        AssertRefused(Inspector.Inspect(corrupt), AttachmentRejection.Unreadable, "图片无法读取，文件可能已损坏");
    }

    [Fact]
    public void ToResult_TurnsARefusalIntoAFieldError()
    {
        var result = Inspector.Inspect("<html>"u8.ToArray()).ToResult("file");
        Assert.False(result.IsSuccess);
        Assert.Equal([AttachmentInspector.UnsupportedTypeMessage], result.Errors["file"]);
    }

    private static void AssertRefused(AttachmentInspection result, AttachmentRejection rejection, string message)
    {
        Assert.False(result.IsClean);
        Assert.Null(result.Attachment);
        Assert.Equal(rejection, result.Rejection);
        Assert.Equal(message, result.Message);
    }

    private static void AssertThumbnail(byte[]? thumbnail, int width, int height)
    {
        Assert.NotNull(thumbnail);
        Assert.Equal(FileKind.Jpeg, FileKinds.Detect(thumbnail));
        var info = Image.Identify(thumbnail);
        Assert.Equal((width, height), (info.Width, info.Height));
    }

    private static Image<Rgb24> Noise(int width, int height)
    {
        var random = new Random(42);
        var image = new Image<Rgb24>(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                image[x, y] = new Rgb24((byte)random.Next(256), (byte)(x * 255 / width), (byte)(y * 255 / height));
        return image;
    }

    private static byte[] Jpeg(Image image, int quality = 90)
    {
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new SixLabors.ImageSharp.Formats.Jpeg.JpegEncoder { Quality = quality });
        return output.ToArray();
    }

    private static byte[] Png(Image image)
    {
        using (image)
        using (var output = new MemoryStream())
        {
            image.SaveAsPng(output);
            return output.ToArray();
        }
    }

    private static byte[] Pdf(string body) => Pdf(Encoding.ASCII.GetBytes(body));

    private static byte[] Pdf(byte[] body) => Concat("%PDF-1.7\n"u8.ToArray(), body, "\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray());

    private static byte[] Deflate(string text)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal)) zlib.Write(Encoding.ASCII.GetBytes(text));
        return output.ToArray();
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>A request body as Kestrel hands it over: forward-only, length unknown.</summary>
    private sealed class OneWayStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
