using System.Text;

namespace Shebao.Core.Platform.Files;

/// <summary>Whether the first record of a file must be its header, or may be left out (then columns go by position).</summary>
internal enum CsvHeader { Required, Optional }

/// <summary>A column an import reads: found by name in the header, by position in a file without one.</summary>
internal sealed record CsvColumn(string Name, bool Required = true);

/// <summary>
/// What a file must look like: the columns an import reads, in the order of a file without a header (none: the
/// caller maps the header itself), whether the header may be left out, and how many lines the file may have.
/// </summary>
internal sealed record CsvFormat(IReadOnlyList<CsvColumn> Columns, CsvHeader Header, int MaxLines)
{
    /// <summary>Every column of a comma-separated list is required.</summary>
    public static CsvFormat Of(string columns, CsvHeader header, int maxLines) =>
        new([.. columns.Split(',').Select(c => new CsvColumn(c))], header, maxLines);

    /// <summary>A header of any columns, which the caller maps (and checks) itself.</summary>
    public static CsvFormat AnyColumns(int maxLines) => new([], CsvHeader.Required, maxLines);
}

/// <summary>
/// One record: the line it starts on and its trimmed cells, in the format's column order (a header may name them in
/// any order). <see cref="Width"/> is how many cells the file gave the record, for the imports' column-count checks.
/// </summary>
internal sealed record CsvRow(int Line, string[] Cells)
{
    public int Width { get; init; } = Cells.Length;

    /// <summary>Cells beyond the header's last column: they have no column to land in, so an import must not accept them silently.</summary>
    public int PastHeader { get; init; }

    /// <summary>The cell, or "" past the end of a short row.</summary>
    public string this[int column] => column < Cells.Length ? Cells[column] : "";

    /// <summary>The cell, or null when it is empty or missing.</summary>
    public string? Cell(int column) => this[column] is { Length: > 0 } cell ? cell : null;
}

/// <summary>A problem that stops the whole file, with the 1-based line a clerk sees in a text editor.</summary>
internal sealed record CsvError(int Line, string Message)
{
    public override string ToString() => $"第{Line}行：{Message}";
}

/// <summary>
/// The one CSV reader of every import (org units, calendar, certification lists, card results, query datasets, and
/// the embedded seeds): UTF-8 with or without BOM; RFC 4180 quotes (commas, "" and line breaks inside quotes); CRLF,
/// LF or CR; blank lines skipped; cells trimmed; a header found by name; a cap on lines checked before any row is used.
/// Hand-written rather than Sep or CsvHelper: Sep accepts an unclosed quote silently and CsvHelper reports it as an
/// English exception, while the imports owe clerks one line-numbered Chinese message.
/// </summary>
internal sealed class CsvTable
{
    public const string NotUtf8 = "文件不是 UTF-8 编码。请在 Excel 中“另存为 CSV UTF-8”";

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows, int lines) => (Header, Rows, Lines) = (header, rows, lines);

    /// <summary>The header as the file spells it; empty when the file has none (an optional header left out).</summary>
    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Lines in the file, blank ones included.</summary>
    public int Lines { get; }

    /// <summary>No header and no rows: nothing but blank lines, or nothing at all.</summary>
    public bool IsEmpty => Header.Count == 0 && Rows.Count == 0;

    public static async Task<(CsvTable? Table, CsvError? Error)> ReadAsync(TextReader text, CsvFormat format, CancellationToken ct)
    {
        var builder = new Builder(format);
        try
        {
            while (!builder.Stopped && await text.ReadLineAsync(ct) is { } line) builder.Add(line);
        }
        catch (DecoderFallbackException)
        {
            return (null, builder.NotUtf8Error());
        }
        return builder.Finish();
    }

    /// <summary>Bytes as uploaded: UTF-8 (BOM optional) is required, and anything else is refused rather than read as garbage.</summary>
    public static async Task<(CsvTable? Table, CsvError? Error)> ReadAsync(Stream content, CsvFormat format, CancellationToken ct)
    {
        using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return await ReadAsync(reader, format, ct);
    }

    /// <summary>For trusted embedded files read at start-up.</summary>
    public static (CsvTable? Table, CsvError? Error) Read(TextReader text, CsvFormat format)
    {
        var builder = new Builder(format);
        while (!builder.Stopped && text.ReadLine() is { } line) builder.Add(line);
        return builder.Finish();
    }

    /// <summary>Takes the file a line at a time, so the sync and async readers share every rule.</summary>
    private sealed class Builder(CsvFormat format)
    {
        private readonly List<CsvRow> rows = [];
        private readonly List<string> cells = [];
        private readonly StringBuilder cell = new();
        private string[]? header;
        private int[]? positions;
        private bool quoted;
        private int lineNo;
        private int recordLine;
        private CsvError? error;

        public bool Stopped => error is not null;

        public CsvError NotUtf8Error() => new(lineNo + 1, CsvTable.NotUtf8);

        public void Add(string line)
        {
            lineNo++;
            if (lineNo > format.MaxLines) { error = new(lineNo, $"文件超过{format.MaxLines}行，请分批导入"); return; }
            if (lineNo == 1) line = line.TrimStart('\uFEFF');
            if (quoted) cell.Append('\n');
            else if (line.Trim().Length == 0) return;
            else recordLine = lineNo;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else cell.Append(c);
                }
                // RFC 4180: a quote opens quoting only at the start of a cell; elsewhere (张"三) it is a literal.
                else if (c == '"' && cell.ToString().Trim().Length == 0) quoted = true;
                else if (c == ',') { cells.Add(cell.ToString().Trim()); cell.Clear(); }
                else cell.Append(c);
            }
            if (quoted) return;
            cells.Add(cell.ToString().Trim());
            cell.Clear();
            Record([.. cells]);
            cells.Clear();
        }

        public (CsvTable?, CsvError?) Finish()
        {
            if (error is null && quoted) error = new(recordLine, "引号不成对：这一行开始的英文双引号到文件末尾都没有结束（字段内的双引号要写成两个）");
            return error is null ? (new CsvTable(header ?? [], rows, lineNo), null) : (null, error);
        }

        private void Record(string[] record)
        {
            if (header is null && positions is null)
            {
                if (format.Columns.Count == 0) { header = record; return; }
                // Without a header in front the file is data: no value of these imports is also a column name.
                if (format.Header == CsvHeader.Required || record.Any(IsColumn))
                {
                    header = record;
                    positions = MapHeader(record);
                    return;
                }
                positions = [.. Enumerable.Range(0, format.Columns.Count)];
            }
            if (header is not null && format.Columns.Count > 0)
                rows.Add(new CsvRow(recordLine, [.. positions!.Select(p => p >= 0 && p < record.Length ? record[p] : "")]) { Width = record.Length, PastHeader = Math.Max(0, record.Length - header.Length) });
            else rows.Add(new CsvRow(recordLine, record));
        }

        private bool IsColumn(string name) => format.Columns.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

        /// <summary>Where each column of the format is in the header (-1: an optional column left out); a wrong header stops the file.</summary>
        private int[]? MapHeader(string[] names)
        {
            var expected = string.Join(",", format.Columns.Select(c => c.Name));
            var positions = format.Columns.Select(c => Array.FindIndex(names, n => string.Equals(n, c.Name, StringComparison.OrdinalIgnoreCase))).ToArray();
            if (positions.All(p => p < 0)) { error = new(recordLine, $"第一行应为表头：{expected}"); return null; }
            var problems = new List<string>();
            for (var i = 0; i < names.Length; i++)
            {
                if (names[i].Length == 0) continue;
                if (!IsColumn(names[i])) problems.Add($"表头第{i + 1}列“{names[i]}”不是本文件的列");
                else if (Array.FindIndex(names, n => string.Equals(n, names[i], StringComparison.OrdinalIgnoreCase)) < i) problems.Add($"表头中“{names[i]}”出现了两次");
            }
            var missing = format.Columns.Where((c, i) => c.Required && positions[i] < 0).Select(c => $"“{c.Name}”").ToList();
            if (missing.Count > 0) problems.Add($"表头缺少必填列{string.Join("、", missing)}");
            if (problems.Count > 0) error = new(recordLine, $"{string.Join("；", problems)}。应有的列：{expected}");
            return positions;
        }
    }
}
