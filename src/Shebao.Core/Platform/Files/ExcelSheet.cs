using System.Globalization;
using MiniExcelLibs;

namespace Shebao.Core.Platform.Files;

/// <summary>
/// The one .xlsx reader of the imports: the first sheet, its first non-blank row the header, blank rows skipped, trailing
/// empty cells dropped; cells as text (dates yyyy-MM-dd, numbers invariant), each row with the line number Excel shows.
/// </summary>
internal static class ExcelSheet
{
    public static async Task<(IReadOnlyList<string>? Header, IReadOnlyList<(int Line, string[] Cells)> Rows, string? Error)> ReadAsync(Stream content, int maxRows, CancellationToken ct)
    {
        // MiniExcel needs a seekable stream; an unseekable upload is buffered first (the upload limit bounds it).
        if (!content.CanSeek)
        {
            var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            content = buffer;
        }
        string[]? header = null;
        var rows = new List<(int, string[])>();
        var lineNo = 0;
        foreach (IDictionary<string, object?> row in content.Query(useHeaderRow: false))
        {
            lineNo++;
            var cells = row.Values.Select(Cell).ToArray();
            var last = Array.FindLastIndex(cells, c => c.Length > 0);
            if (last < 0) continue;
            cells = cells[..(last + 1)];
            if (header is null) { header = cells; continue; }
            if (rows.Count >= maxRows) return (null, [], $"文件超过{maxRows}行，请分批导入");
            rows.Add((lineNo, cells));
        }
        return header is null ? (null, [], "文件为空") : (header, rows, null);
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double n => n.ToString("0.##########", CultureInfo.InvariantCulture),
        decimal n => n.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };
}
