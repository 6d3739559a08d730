namespace Shebao.Core.Modules.Queries;

/// <summary>Whose record a dataset row is: a person (by ID number), an employer (by credit code) or a construction project (by project code).</summary>
public enum SubjectKind { Person, Employer, Project }

/// <summary>
/// How a field is checked on import and shown. Identifier types (IdNumber, BankAccount) are validated on import and kept
/// only masked in the row (the subject's own ID also as a blind index); the full value is never stored in a read model.
/// </summary>
public enum FieldType
{
    Text,        // free text, trimmed, at most MaxLength characters
    Code,        // one of Options (e.g. 正常/暂停/终止); empty Options = any short code
    Money,       // yuan, at most 2 decimals; shown "1,234.56", right-aligned, summable
    Decimal,     // e.g. 缴费年限 15.5
    Integer,     // counts (人数, 月数)
    Percent,     // rate, e.g. 0.16 or 16%; shown "16%"
    Month,       // yyyy-MM (also accepts yyyyMM, yyyy/MM, yyyy年M月)
    Year,        // yyyy
    Date,        // yyyy-MM-dd (also yyyyMMdd, yyyy/M/d)
    IdNumber,    // GB 11643 with check digit; stored masked
    BankAccount, // 10–30 digits; stored masked
    CreditCode,  // GB 32100 统一社会信用代码
}

/// <summary>One column of a dataset file. The import header may name it by <see cref="Label"/> (Chinese) or <see cref="Key"/>.</summary>
public sealed record DatasetField(string Key, string Label, FieldType Type, bool Required = true, IReadOnlyList<string>? Options = null, int MaxLength = 100);

/// <summary>
/// A read model fed by a provincial core system (养老、征缴、机关保、职业年金、就业): one row per record of one subject.
/// <see cref="SubjectField"/> names the field that identifies the subject (an IdNumber, CreditCode or Text project code field);
/// <see cref="PeriodField"/> (a Month, Year or Date field) orders rows and is what the query's from/to filter on;
/// <see cref="KeyFields"/> plus the subject identify a row: importing the same key again replaces it (a re-sent file is harmless).
/// <see cref="Centre"/> is the department code (ZJ, YL, JY … as in catalogue.json) whose reviewers may import it.
/// </summary>
public sealed record DatasetDefinition(
    string Code,
    string Title,
    string Centre,
    SubjectKind Subject,
    string SubjectField,
    string? NameField,
    string? PeriodField,
    IReadOnlyList<string> KeyFields,
    IReadOnlyList<DatasetField> Fields)
{
    public DatasetField Field(string key) => Fields.First(f => f.Key == key);
}

/// <summary>How a query item lays out its result on screen and on paper.</summary>
public enum QueryLayout
{
    Table,        // one row per record (e.g. 发放明细); totals under the SumColumns; multi-page tables repeat their header
    Sheet,        // the latest record in the period as label/value lines (e.g. 基本信息, 参保证明)
    Composition,  // the latest record's component fields as rows 项目/金额 (e.g. 月发放养老金构成明细表)
}

/// <summary>
/// A 查询、打印 item of the catalogue (A2-xx) as a view over one dataset.
/// <see cref="Columns"/> are dataset field keys in display order. <see cref="SumColumns"/> get a 合计 row; <see cref="CapitalsOf"/>
/// (one of them) is also printed in Chinese capitals (大写). <see cref="HeaderFields"/> are printed above the table from the
/// latest record (e.g. 单位名称, 缴费期限). <see cref="Statement"/> is a certificate paragraph with {fieldKey} placeholders
/// (e.g. "兹证明{projectName}已参加工伤保险…"). <see cref="Notes"/> are printed under the table.
/// <see cref="ProofDays"/> is how long the printed proof verifies (days). <see cref="QueryBy"/> overrides what the item is
/// asked by: a Project dataset queried by Employer selects the rows whose `creditCode` field (the 施工单位) matches.
/// <see cref="SinglePeriod"/>: the item is about one period (a payment notice for one 费款所属期): `from` alone means that period.
/// </summary>
public sealed record QueryItemDefinition(
    string ItemCode,
    string Title,
    string Dataset,
    QueryLayout Layout,
    IReadOnlyList<string> Columns,
    IReadOnlyList<string>? SumColumns = null,
    string? CapitalsOf = null,
    IReadOnlyList<string>? HeaderFields = null,
    string? Statement = null,
    IReadOnlyList<string>? Notes = null,
    int ProofDays = 180,
    SubjectKind? QueryBy = null,
    bool SinglePeriod = false);

/// <summary>A group of datasets and the query items over them; each group is one class, registered as a singleton.</summary>
public interface IQueryCatalogue
{
    IEnumerable<DatasetDefinition> Datasets { get; }

    IEnumerable<QueryItemDefinition> Items { get; }
}
