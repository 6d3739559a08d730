using System.Globalization;
using MiniExcelLibs;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Queries;

public sealed record ExportedFile(byte[] Content, string FileName);

/// <summary>POST /queries/{itemCode}/xlsx: the result as the page shows it (masked), amounts as numbers so Excel can sum them; audited.</summary>
public sealed class ExportQueryHandler(RunQueryHandler queries)
{
    public async Task<Result<ExportedFile>> HandleAsync(string itemCode, QueryParameters parameters, CancellationToken ct = default)
    {
        var built = await queries.BuildAsync(itemCode, parameters, ct);
        if (!built.IsSuccess) return Result<ExportedFile>.From(built);
        var (subject, result) = built.Value!;
        var sheet = result.Rows.Select(r => result.Columns.ToDictionary(c => c.Label, c => Cell(c, r.GetValueOrDefault(c.Key)))).ToList();
        if (result.Totals.Count > 0)
            sheet.Add(result.Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c.Label, x => x.i == 0 ? "合计" : result.Totals.TryGetValue(x.c.Key, out var t) ? Cell(x.c, t) : null));
        using var stream = new MemoryStream();
        if (sheet.Count == 0) sheet.Add(result.Columns.ToDictionary(c => c.Label, _ => (object?)null));
        await stream.SaveAsAsync(sheet, sheetName: result.ItemCode, cancellationToken: ct);
        await queries.TraceAsync("query.export", subject, itemCode, null, ct);
        return new ExportedFile(stream.ToArray(), $"{result.ItemCode}-{result.Title}.xlsx");
    }

    private static object? Cell(QueryColumn column, string? value) =>
        column.Type is nameof(FieldType.Money) or nameof(FieldType.Decimal) or nameof(FieldType.Integer)
        && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : value;
}
