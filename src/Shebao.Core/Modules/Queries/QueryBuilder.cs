using System.Globalization;
using Shebao.Core.Platform.Money;

namespace Shebao.Core.Modules.Queries;

/// <summary>Turns a subject's rows into an item's result: period filter, layout, totals, header lines, statement, capitals.</summary>
internal static class QueryBuilder
{
    public static QueryResult Build(QueryItemDefinition item, DatasetDefinition dataset, ResolvedSubject subject,
        IReadOnlyList<(string Period, IReadOnlyDictionary<string, string> Row)> all, string? from, string? to)
    {
        if ((item.Layout == QueryLayout.Composition || item.SinglePeriod) && from is not null && to is null) to = from;
        var yearly = dataset.PeriodField is { } pf && dataset.Field(pf).Type == FieldType.Year;
        var lower = from is null ? null : yearly ? from[..4] : from;
        // A month bound covers the days of that month; a year bound its months and days.
        var upper = to is null ? null : (yearly ? to[..4] : to) + "\uffff";
        var rows = all.Where(r => dataset.PeriodField is null
                || ((lower is null || string.CompareOrdinal(r.Period, lower) >= 0) && (upper is null || string.CompareOrdinal(r.Period, upper) <= 0)))
            .Select(r => r.Row).ToList();
        var latest = rows.LastOrDefault();
        var fields = dataset.Fields.ToDictionary(f => f.Key);

        IReadOnlyList<QueryColumn> columns;
        IReadOnlyList<IReadOnlyDictionary<string, string>> shown;
        string? words = null, wordsLabel = null, figures = null;
        var totals = new Dictionary<string, string>();
        switch (item.Layout)
        {
            case QueryLayout.Composition:
                columns = [new("item", "项目", nameof(FieldType.Text)), new("amount", "金额（元）", nameof(FieldType.Money))];
                shown = latest is null ? [] : item.Columns.Select(c => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
                {
                    ["item"] = fields[c].Label,
                    ["amount"] = latest.GetValueOrDefault(c) ?? "",
                }).ToList();
                if (latest is not null && item.CapitalsOf is { } cap && Amount(latest.GetValueOrDefault(cap)) is { } a)
                    (words, wordsLabel, figures) = (ChineseCapitals.Amount(a), fields[cap].Label, latest.GetValueOrDefault(cap));
                break;
            case QueryLayout.Sheet:
                columns = item.Columns.Select(c => Column(fields[c])).ToList();
                shown = latest is null ? [] : [Pick(latest, item.Columns)];
                break;
            default:
                columns = item.Columns.Select(c => Column(fields[c])).ToList();
                shown = rows.Select(r => Pick(r, item.Columns)).ToList();
                foreach (var c in item.SumColumns ?? [])
                    totals[c] = rows.Sum(r => Amount(r.GetValueOrDefault(c)) ?? 0m).ToString(fields[c].Type == FieldType.Integer ? "0" : "0.00", CultureInfo.InvariantCulture);
                if (item.CapitalsOf is { } capital && rows.Count > 0)
                    (words, wordsLabel, figures) = (ChineseCapitals.Amount(decimal.Parse(totals[capital], CultureInfo.InvariantCulture)), fields[capital].Label + "合计", totals[capital]);
                break;
        }
        var header = latest is null ? [] : (item.HeaderFields ?? []).Select(h => new QueryHeaderLine(fields[h].Label, FieldValues.Display(fields[h].Type, latest.GetValueOrDefault(h)))).ToList();
        var statement = item.Statement is { } template && latest is not null ? Fill(template, latest, fields) : null;
        return new QueryResult(item.ItemCode, item.Title, item.Layout.ToString().ToLowerInvariant(), subject.View, columns, shown, totals, from, to,
            header, statement, words, wordsLabel, figures, item.Notes ?? []);
    }

    private static QueryColumn Column(DatasetField f) => new(f.Key, f.Label, f.Type.ToString());

    private static IReadOnlyDictionary<string, string> Pick(IReadOnlyDictionary<string, string> row, IReadOnlyList<string> keys) =>
        keys.ToDictionary(k => k, k => row.GetValueOrDefault(k) ?? "");

    private static decimal? Amount(string? value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static string Fill(string template, IReadOnlyDictionary<string, string> row, IReadOnlyDictionary<string, DatasetField> fields)
    {
        foreach (var (key, field) in fields) template = template.Replace("{" + key + "}", FieldValues.Display(field.Type, row.GetValueOrDefault(key)), StringComparison.Ordinal);
        return template;
    }
}
