using System.Globalization;
using System.Text.Json;

namespace Shebao.Core.Modules.Parameters;

/// <summary>The parameter version a calculation used; printed with every result.</summary>
public sealed record UsedParameter(long Id, string Code, string Name, string RegionCode, DateOnly ValidFrom, DateOnly? ValidTo, string Value, string Unit, string Confidence, string SourceDoc)
{
    public bool ToConfirm => Confidence != Confidences.Source;
}

/// <summary>
/// An in-memory, read-only set of parameter rows with the resolution rule: the row valid on the date,
/// most specific region first. Pure: calculators take this, never the database.
/// </summary>
public sealed class ParameterTable
{
    private readonly Dictionary<string, List<PolicyParameter>> byCode;

    // Rows never change inside a table, so a parsed value can be reused by every calculation that shares it.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(long, Type), object> parsed = new();

    public ParameterTable(IEnumerable<PolicyParameter> rows)
    {
        byCode = rows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.OrderBy(r => r.ValidFrom).ToList());
    }

    /// <summary>The row for <paramref name="code"/> valid on <paramref name="date"/>, or null.</summary>
    public PolicyParameter? Find(string code, DateOnly date)
    {
        if (!byCode.TryGetValue(code, out var rows)) return null;
        foreach (var region in Regions.YejiChain)
            for (var i = rows.Count - 1; i >= 0; i--)
                if (rows[i].RegionCode == region && rows[i].AppliesOn(date)) return rows[i];
        return null;
    }

    /// <summary>The latest row by start date (for projecting beyond the last published year).</summary>
    public PolicyParameter? Latest(string code) =>
        byCode.TryGetValue(code, out var rows) && rows.Count > 0 ? rows[^1] : null;

    public bool Has(string code) => byCode.ContainsKey(code);

    public PolicyParameter? Earliest(string code) =>
        byCode.TryGetValue(code, out var rows) && rows.Count > 0 ? rows[0] : null;

    public T Parse<T>(PolicyParameter row) =>
        (T)parsed.GetOrAdd((row.Id, typeof(T)), static (_, r) => JsonSerializer.Deserialize<T>(r.Value, ParameterReader.JsonOptions)
            ?? throw new InvalidOperationException($"Parameter {r.Code} is empty."), row);

    public static UsedParameter ToUsed(PolicyParameter p) =>
        new(p.Id, p.Code, p.Name, p.RegionCode, p.ValidFrom, p.ValidTo, p.Value, p.Unit, p.Confidence, p.SourceDoc);
}

/// <summary>Resolves values for one calculation and remembers each version it handed out.</summary>
public sealed class ParameterReader(ParameterTable table)
{
    private readonly Dictionary<long, UsedParameter> used = [];

    public IReadOnlyList<UsedParameter> Used => used.Values.OrderBy(u => u.Code, StringComparer.Ordinal).ThenBy(u => u.ValidFrom).ToList();

    public bool AnyToConfirm => used.Values.Any(u => u.ToConfirm);

    /// <summary>The year of the earliest version of a code (e.g. the first published 计发基数), or int.MaxValue.</summary>
    public int FirstYear(string code) => table.Earliest(code)?.ValidFrom.Year ?? int.MaxValue;

    /// <summary>The row valid on the date; throws <see cref="MissingParameterException"/> when none is.</summary>
    public PolicyParameter Row(string code, DateOnly date) => Mark(table.Find(code, date) ?? throw new MissingParameterException(code, date));

    /// <summary>The row valid on the date, or else the latest one (a projection: the caller says so in its notes).</summary>
    public (PolicyParameter Row, bool Projected) RowOrLatest(string code, DateOnly date)
    {
        if (table.Find(code, date) is { } exact) return (Mark(exact), false);
        var latest = table.Latest(code) ?? throw new MissingParameterException(code, date);
        if (latest.ValidFrom > date) throw new MissingParameterException(code, date);
        return (Mark(latest), true);
    }

    /// <summary>The row valid on the date, or null (for optional parts such as local top-ups).</summary>
    public PolicyParameter? TryRow(string code, DateOnly date) => table.Find(code, date) is { } row ? Mark(row) : null;

    public decimal Decimal(string code, DateOnly date) => AsDecimal(Row(code, date));

    public T Json<T>(string code, DateOnly date) => table.Parse<T>(Row(code, date));

    public static decimal AsDecimal(PolicyParameter row) => decimal.Parse(row.Value, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private PolicyParameter Mark(PolicyParameter row)
    {
        used.TryAdd(row.Id, ParameterTable.ToUsed(row));
        return row;
    }
}

public sealed class MissingParameterException(string code, DateOnly date)
    : Exception($"No value of {code} applies on {date:yyyy-MM-dd}.")
{
    public string Code { get; } = code;
    public DateOnly Date { get; } = date;
}
