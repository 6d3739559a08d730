using System.Text;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Files;

namespace Shebao.Core.Modules.Persons;

/// <summary>One person as a line of the file, checked: the ID number normalised, codes resolved, the blind index computed.</summary>
internal sealed record PersonImportRow(int Line, string IdNumber, string Index, string Name, OrgUnit Village, string? GroupName, string? Address,
    string? Phone, string? BankName, string? BankAccount, string HouseholdType, string? SpecialIdentity, string? Insured, string? Payment);

/// <summary>
/// The person import file: CSV (UTF-8) or .xlsx, first row the header in Chinese (any order), one person a line.
/// Empty optional cells leave an existing person's value as it is: the file adds and corrects, it never erases.
/// </summary>
public static class PersonImportFile
{
    public const int MaxRows = 1_000_000;
    internal const int MaxListedErrors = 200;

    internal const string IdNumberColumn = "公民身份号码";
    internal const string NameColumn = "姓名";
    internal const string VillageColumn = "村（社区）代码";
    internal const string GroupColumn = "组";
    internal const string AddressColumn = "地址";
    internal const string PhoneColumn = "联系电话";
    internal const string BankNameColumn = "开户银行";
    internal const string BankAccountColumn = "银行账号";
    internal const string HouseholdColumn = "户口性质";
    internal const string IdentityColumn = "参保身份";
    internal const string InsuredColumn = "参保状态";
    internal const string PaymentColumn = "缴费状态";

    /// <summary>The columns in template order; * marks a required one.</summary>
    public static IReadOnlyList<(string Name, bool Required)> Columns { get; } =
    [
        (IdNumberColumn, true), (NameColumn, true), (VillageColumn, true), (GroupColumn, false), (AddressColumn, false),
        (PhoneColumn, false), (BankNameColumn, false), (BankAccountColumn, false), (HouseholdColumn, true), (IdentityColumn, false),
        (InsuredColumn, false), (PaymentColumn, false),
    ];

    /// <summary>An empty file with the header (required columns marked *) and one example line, UTF-8 with BOM so Excel reads it.</summary>
    public static byte[] TemplateCsv() =>
    [
        .. Encoding.UTF8.GetPreamble(),
        .. Encoding.UTF8.GetBytes(string.Join(",", Columns.Select(c => c.Name + (c.Required ? "*" : ""))) + "\r\n"),
    ];

    /// <summary>Header and data lines of an upload, each with the line number the clerk sees; or the one reason the file cannot be read.</summary>
    internal static async Task<(IReadOnlyList<string>? Header, IReadOnlyList<(int Line, string[] Cells)> Rows, string? Error)> ReadAsync(Stream content, string fileName, CancellationToken ct)
    {
        try
        {
            switch (Path.GetExtension(fileName).ToLowerInvariant())
            {
                case ".csv" or ".txt":
                    var (table, error) = await CsvTable.ReadAsync(content, CsvFormat.AnyColumns(MaxRows + 1), ct);
                    // The bytes look like GBK (Excel's plain "CSV"): say how to save it, or that the workbook itself is accepted.
                    if (error is not null) return (null, [], error.Message == CsvTable.NotUtf8 ? $"{error}，或直接导入 .xlsx 文件" : error.ToString());
                    return table!.IsEmpty ? (null, [], "文件为空") : (table.Header, [.. table.Rows.Select(r => (r.Line, r.Cells))], null);
                case ".xlsx":
                    return await ExcelSheet.ReadAsync(content, MaxRows, ct);
                default:
                    return (null, [], "只能导入 CSV（.csv）或 Excel（.xlsx）文件");
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException or System.Xml.XmlException)
        {
            return (null, [], "文件无法读取：请确认是有效的 .xlsx 文件（不是 .xls 或改了扩展名的文件）");
        }
    }

    /// <summary>Where each column is in the header (-1: an optional column left out), or what is wrong with the header.</summary>
    internal static (int[] Positions, string? Error) MapHeader(IReadOnlyList<string> header)
    {
        var names = header.Select(h => h.Trim().TrimEnd('*').Trim()).ToList();
        var positions = Columns.Select(c => names.IndexOf(c.Name)).ToArray();
        var problems = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length == 0) continue;
            if (!Columns.Any(c => c.Name == names[i])) problems.Add($"表头第{i + 1}列“{names[i]}”不是本文件的列");
            else if (names.IndexOf(names[i]) < i) problems.Add($"表头中“{names[i]}”出现了两次");
        }
        var missing = Columns.Where((c, i) => c.Required && positions[i] < 0).Select(c => $"“{c.Name}”").ToList();
        if (missing.Count > 0) problems.Add($"表头缺少必填列{string.Join("、", missing)}");
        return (positions, problems.Count == 0 ? null
            : $"第1行：{string.Join("；", problems)}。应有的列：{string.Join(",", Columns.Select(c => c.Name + (c.Required ? "*" : "")))}（请下载模板）");
    }
}
