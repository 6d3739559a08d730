using System.Text;
using Shebao.Core.Platform.Files;

namespace Shebao.Core.Modules.Queries;

public sealed record ImportLineError(int Line, string Column, string Message);

/// <summary>A file read into a header and data lines, each with the line number a clerk sees in Excel or a text editor.</summary>
public sealed record ImportTable(IReadOnlyList<string> Header, IReadOnlyList<(int Line, string[] Cells)> Rows);

/// <summary>
/// Reads a provincial export: CSV (UTF-8, BOM tolerated, RFC 4180 quotes) or Excel .xlsx (first sheet, first row the
/// header). Blank lines are skipped; cells come back as text (Excel dates as yyyy-MM-dd, numbers invariant).
/// </summary>
public static class ImportFile
{
    public const int MaxRows = 200_000;

    /// <summary>An empty file with the dataset's header (required columns marked *), UTF-8 with BOM so Excel reads it.</summary>
    public static byte[] TemplateCsv(DatasetDefinition dataset) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join(",", dataset.Fields.Select(f => f.Label + (f.Required ? "*" : ""))) + "\r\n")];

    public static async Task<(ImportTable? Table, string? Error)> ReadAsync(Stream content, string fileName, CancellationToken ct)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".csv" or ".txt" => await ReadCsvAsync(content, ct),
                ".xlsx" => await ReadExcelAsync(content, ct),
                _ => (null, "只能导入 CSV（.csv）或 Excel（.xlsx）文件"),
            };
        }
        catch (Exception e) when (e is InvalidDataException or System.IO.InvalidDataException or FormatException or InvalidOperationException or System.Xml.XmlException)
        {
            return (null, "文件无法读取：请确认是有效的 .xlsx 文件（不是 .xls 或改了扩展名的文件）");
        }
    }

    private static async Task<(ImportTable?, string?)> ReadCsvAsync(Stream content, CancellationToken ct)
    {
        var (table, error) = await CsvTable.ReadAsync(content, CsvFormat.AnyColumns(MaxRows + 1), ct);   // + the header line
        // Here a clerk can also upload the workbook itself, which has no encoding to get wrong.
        if (error is not null) return (null, error.Message == CsvTable.NotUtf8 ? $"{error}，或直接导入 .xlsx 文件" : error.ToString());
        return table!.IsEmpty ? (null, "文件为空") : (new ImportTable(table.Header, [.. table.Rows.Select(r => (r.Line, r.Cells))]), null);
    }

    private static async Task<(ImportTable?, string?)> ReadExcelAsync(Stream content, CancellationToken ct)
    {
        var (header, rows, error) = await ExcelSheet.ReadAsync(content, MaxRows, ct);
        return error is not null ? (null, error) : (new ImportTable(header!, rows), null);
    }
}
