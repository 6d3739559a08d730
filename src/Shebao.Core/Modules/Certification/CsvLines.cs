using Shebao.Core.Platform.Files;

namespace Shebao.Core.Modules.Certification;

public sealed record ImportLineError(int Line, string Message);

/// <summary>The centres' and civil affairs' CSV files: one cap and one empty-file rule over the platform reader.</summary>
internal static class CsvLines
{
    public const int MaxLines = 50000;

    /// <summary>The data rows; a file that cannot be read or holds no row leaves one error and no rows.</summary>
    public static async Task<IReadOnlyList<CsvRow>> ReadAsync(TextReader csv, IReadOnlyList<CsvColumn> columns, List<ImportLineError> errors, CancellationToken ct)
    {
        var (table, error) = await CsvTable.ReadAsync(csv, new CsvFormat(columns, CsvHeader.Optional, MaxLines), ct);
        if (error is not null) errors.Add(new(error.Line, error.Message));
        else if (table!.Rows.Count == 0) errors.Add(new(Math.Max(table.Lines, 1), "文件为空"));
        return table?.Rows ?? [];
    }
}
