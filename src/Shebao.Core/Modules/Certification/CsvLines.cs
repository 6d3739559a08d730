namespace Shebao.Core.Modules.Certification;

public sealed record ImportLineError(int Line, string Message);

/// <summary>Reads the centres' and civil affairs' CSV files: UTF-8 (BOM tolerated), comma-separated, optional header row.</summary>
internal static class CsvLines
{
    public const int MaxLines = 50000;

    public static async Task<List<(int Line, string[] Fields)>> ReadAsync(TextReader csv, string headerFirstCell, List<ImportLineError> errors, CancellationToken ct)
    {
        var rows = new List<(int, string[])>();
        var lineNo = 0;
        while (await csv.ReadLineAsync(ct) is { } raw)
        {
            lineNo++;
            if (lineNo > MaxLines) { errors.Add(new(lineNo, $"文件超过{MaxLines}行，请分批导入")); break; }
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            var fields = line.Split(',').Select(f => f.Trim().Trim('"').Trim()).ToArray();
            if (lineNo == 1 && fields[0] == headerFirstCell) continue;
            rows.Add((lineNo, fields));
        }
        if (rows.Count == 0 && errors.Count == 0) errors.Add(new(Math.Max(lineNo, 1), "文件为空"));
        return rows;
    }

    public static string? Cell(string[] f, int i) => i < f.Length && f[i].Length > 0 ? f[i] : null;
}
