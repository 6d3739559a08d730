namespace Shebao.Core.Modules.Queries;

/// <summary>The body of POST /queries/{itemCode}: personal data travels here, never in the URL.</summary>
public sealed record QueryParameters(string? IdNumber = null, string? CreditCode = null, string? ProjectCode = null, string? From = null, string? To = null);

public sealed record QueryColumn(string Key, string Label, string Type)
{
    /// <summary>Figures are right-aligned on screen and paper (methods, not properties: the API shape stays { key, label, type }).</summary>
    public bool IsAmount() => Type is nameof(FieldType.Money) or nameof(FieldType.Decimal) or nameof(FieldType.Integer) or nameof(FieldType.Percent);

    /// <summary>How a stored value reads on screen and paper: thousands separators, percentages.</summary>
    public string Show(string? value) => FieldValues.Display(Enum.TryParse<FieldType>(Type, out var type) ? type : FieldType.Text, value);
}

public sealed record QuerySubject(string Kind, string Name, string? IdNumberMasked, string? CreditCode, string? ProjectCode)
{
    /// <summary>How the subject is named on paper and in a proof summary: masked ID for a person, the code otherwise.</summary>
    public string Identifier => IdNumberMasked ?? CreditCode ?? ProjectCode ?? "";
}

public sealed record QueryHeaderLine(string Label, string Value);

/// <summary>
/// What a query item returns: rows of normalised strings keyed by column (money "1234.50", months "2026-10"),
/// totals of the sum columns, and, for prints, the header lines, the certificate statement and the amount in capitals.
/// </summary>
public sealed record QueryResult(
    string ItemCode,
    string Title,
    string Layout,
    QuerySubject Subject,
    IReadOnlyList<QueryColumn> Columns,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Rows,
    IReadOnlyDictionary<string, string> Totals,
    string? From,
    string? To,
    IReadOnlyList<QueryHeaderLine> Header,
    string? Statement,
    string? AmountInWords,
    string? AmountInWordsLabel,
    string? AmountInFigures,
    IReadOnlyList<string> Notes);

/// <summary>A subject found in the caller's area (or, for rows of a subject unknown to the platform, visible rows).</summary>
public sealed record ResolvedSubject(SubjectKind Kind, string Key, QuerySubject View, Guid? PersonId, Guid? EmployerId, string AuditObjectType, string AuditObjectId);

/// <summary>
/// Rows that come from the platform's own registries rather than an import: A2-01 adds the roll changes approved here,
/// A2-26 reads the card registry. Registered per item code; rows use the dataset's field keys, stored form.
/// </summary>
public interface IQueryRowSource
{
    string ItemCode { get; }

    Task<IReadOnlyList<(string Period, IReadOnlyDictionary<string, string> Row)>> RowsAsync(ResolvedSubject subject, CancellationToken ct);
}
