using Shebao.Core.Platform.Security;

namespace Shebao.Core.Modules.Queries;

/// <summary>All datasets and query items of every group, by code. Built once; a definition error stops start-up.</summary>
public sealed class QueryCatalogue
{
    private readonly Dictionary<string, DatasetDefinition> datasets;
    private readonly Dictionary<string, QueryItemDefinition> items;

    public QueryCatalogue(IEnumerable<IQueryCatalogue> groups)
    {
        var all = groups.ToList();
        datasets = all.SelectMany(g => g.Datasets).Append(CardStatusQuery.Dataset).ToDictionary(d => d.Code, StringComparer.Ordinal);
        items = all.SelectMany(g => g.Items).Concat(BuiltInItems).ToDictionary(i => i.ItemCode, StringComparer.Ordinal);
        var problems = Problems().ToList();
        if (problems.Count > 0) throw new InvalidOperationException("Query catalogue: " + string.Join("; ", problems));
    }

    /// <summary>A2-26 reads the card registry, not a dataset (see <see cref="CardStatusQuery"/>).</summary>
    private static IEnumerable<QueryItemDefinition> BuiltInItems => [CardStatusQuery.Item];

    public IReadOnlyCollection<DatasetDefinition> Datasets => datasets.Values;

    public IEnumerable<QueryItemDefinition> Items => items.Values.OrderBy(i => i.ItemCode, StringComparer.Ordinal);

    /// <summary>Datasets the platform produces itself (A2-26's card registry): queried like the others, never imported.</summary>
    public bool IsPlatformDataset(string code) => code == CardStatusQuery.Dataset.Code;

    public IEnumerable<DatasetDefinition> ImportableDatasets => datasets.Values.Where(d => !IsPlatformDataset(d.Code)).OrderBy(d => d.Centre).ThenBy(d => d.Code);

    /// <summary>The datasets this user may import, so a form offers only what the import will accept.</summary>
    public IEnumerable<DatasetDefinition> ImportableBy(ICurrentUser user) => ImportableDatasets.Where(d => CentreImportsItsOwnDatasets.Allows(user, d));

    public DatasetDefinition? Dataset(string? code) => code is not null && datasets.TryGetValue(code, out var d) ? d : null;

    public QueryItemDefinition? Item(string? code) => code is not null && items.TryGetValue(code, out var i) ? i : null;

    /// <summary>Definitions are code, so their mistakes are programming errors: name them all at start-up.</summary>
    private IEnumerable<string> Problems()
    {
        foreach (var d in datasets.Values)
        {
            var keys = d.Fields.Select(f => f.Key).ToList();
            if (keys.Distinct().Count() != keys.Count) yield return $"{d.Code}: duplicate field keys";
            if (d.Fields.Select(f => f.Label).Distinct().Count() != keys.Count) yield return $"{d.Code}: duplicate field labels";
            foreach (var k in new[] { d.SubjectField, d.NameField, d.PeriodField }.Concat(d.KeyFields))
                if (k is not null && !keys.Contains(k)) yield return $"{d.Code}: unknown field {k}";
            var subject = d.Fields.FirstOrDefault(f => f.Key == d.SubjectField);
            var expected = d.Subject switch { SubjectKind.Person => FieldType.IdNumber, SubjectKind.Employer => FieldType.CreditCode, _ => FieldType.Text };
            if (subject is not null && subject.Type != expected) yield return $"{d.Code}: subject field must be {expected}";
            if (d.PeriodField is { } p && d.Fields.FirstOrDefault(f => f.Key == p) is { } pf && pf.Type is not (FieldType.Month or FieldType.Year or FieldType.Date))
                yield return $"{d.Code}: period field must be a Month, Year or Date";
        }
        foreach (var i in items.Values)
        {
            if (Dataset(i.Dataset) is not { } d) { yield return $"{i.ItemCode}: unknown dataset {i.Dataset}"; continue; }
            var keys = d.Fields.Select(f => f.Key).ToHashSet();
            foreach (var c in i.Columns.Concat(i.SumColumns ?? []).Concat(i.HeaderFields ?? []).Append(i.CapitalsOf).OfType<string>())
                if (!keys.Contains(c)) yield return $"{i.ItemCode}: unknown field {c}";
            if (i.CapitalsOf is { } cap && !(i.SumColumns ?? []).Contains(cap) && i.Layout == QueryLayout.Table) yield return $"{i.ItemCode}: CapitalsOf must be a sum column";
        }
    }
}
