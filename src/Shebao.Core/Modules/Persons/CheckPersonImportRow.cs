using System.Text.RegularExpressions;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Core.Modules.Persons;

/// <summary>The rules of one import line, each failure a Chinese message on its column; the same for a dry run and the import.</summary>
internal static partial class CheckPersonImportRow
{
    [GeneratedRegex(@"^[0-9][0-9\-]{5,19}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[0-9]{10,30}$")]
    private static partial Regex AccountPattern();

    private static readonly Dictionary<string, int> ColumnIndex = PersonImportFile.Columns.Select((c, i) => (c.Name, i)).ToDictionary(c => c.Name, c => c.i);

    public static PersonImportRow? Check(int line, string[] cells, int[] positions, IReadOnlyDictionary<string, OrgUnit> villages, ICryptoProvider crypto,
        DateOnly today, List<PersonImportError> errors)
    {
        var before = errors.Count;
        string? Cell(string column)
        {
            var i = positions[ColumnIndex[column]];
            return i >= 0 && i < cells.Length && cells[i].Trim() is { Length: > 0 } v ? v : null;
        }
        void Error(string column, string message) => errors.Add(new PersonImportError(line, column, message));

        var id = IdNumber.Normalize(Cell(PersonImportFile.IdNumberColumn));
        if (id.Length == 0) Error(PersonImportFile.IdNumberColumn, "公民身份号码不能为空");
        else if (IdNumber.Validate(id, today) is { } idError) Error(PersonImportFile.IdNumberColumn, idError);

        var name = Cell(PersonImportFile.NameColumn);
        if (name is null) Error(PersonImportFile.NameColumn, "姓名不能为空");
        else if (name.Length > 50) Error(PersonImportFile.NameColumn, "姓名不能超过50个字");

        var villageCode = Cell(PersonImportFile.VillageColumn);
        OrgUnit? village = null;
        if (villageCode is null) Error(PersonImportFile.VillageColumn, "村（社区）代码不能为空");
        else if (!villages.TryGetValue(villageCode, out village))
            Error(PersonImportFile.VillageColumn, $"“{villageCode}”不是您辖区内有效的村（社区）代码（12位统计用区划代码）");

        var group = Cell(PersonImportFile.GroupColumn);
        if (group is { Length: > 20 }) Error(PersonImportFile.GroupColumn, "组不能超过20个字");
        var address = Cell(PersonImportFile.AddressColumn);
        if (address is { Length: > 200 }) Error(PersonImportFile.AddressColumn, "地址不能超过200个字");
        var phone = Cell(PersonImportFile.PhoneColumn);
        if (phone is not null && !PhonePattern().IsMatch(phone)) Error(PersonImportFile.PhoneColumn, "联系电话只能是6到20位数字（固话可带“-”）");
        var bankName = Cell(PersonImportFile.BankNameColumn);
        if (bankName is { Length: > 50 }) Error(PersonImportFile.BankNameColumn, "开户银行不能超过50个字");
        var account = Cell(PersonImportFile.BankAccountColumn)?.Replace(" ", "", StringComparison.Ordinal);
        if (account is not null && !AccountPattern().IsMatch(account)) Error(PersonImportFile.BankAccountColumn, "银行账号只能是10到30位数字");

        var household = Code(Cell(PersonImportFile.HouseholdColumn), HouseholdTypes.Labels);
        if (Cell(PersonImportFile.HouseholdColumn) is null) Error(PersonImportFile.HouseholdColumn, "户口性质不能为空");
        else if (household is null) Error(PersonImportFile.HouseholdColumn, $"户口性质应为代码或名称：{Options(HouseholdTypes.Labels)}");

        var identityCell = Cell(PersonImportFile.IdentityColumn);
        var identity = Code(identityCell, SpecialIdentities.Labels);
        if (identityCell is not null && identity is null) Error(PersonImportFile.IdentityColumn, $"参保身份应为代码或名称，例如 011 或 普通参保人员（共{SpecialIdentities.Labels.Count}种，见模板说明）");

        var insured = Cell(PersonImportFile.InsuredColumn);
        var payment = Cell(PersonImportFile.PaymentColumn);
        if ((insured is null) != (payment is null))
            Error(insured is null ? PersonImportFile.InsuredColumn : PersonImportFile.PaymentColumn, "参保状态和缴费状态要么都填，要么都不填");
        else if (insured is not null && (insured == ResidentInsuredStatuses.NotInsured || ResidentStatus.Label(insured, payment) == ResidentStatus.Unknown))
            Error(PersonImportFile.InsuredColumn, $"参保状态/缴费状态“{insured}/{payment}”不是有效组合：1/1 正常缴费、2/2 暂停缴费、1/3 正常待遇、2/3 暂停待遇、4/3 终止参保");

        if (errors.Count > before) return null;
        return new PersonImportRow(line, id, PersonLookup.BlindIndex(crypto, id), name!, village!, group, address, phone, bankName, account,
            household!, identity, insured, payment);
    }

    /// <summary>A code as the core system writes it, or its Chinese name as a clerk types it.</summary>
    private static string? Code(string? cell, IReadOnlyDictionary<string, string> labels) =>
        cell is null ? null : labels.ContainsKey(cell) ? cell : labels.FirstOrDefault(l => l.Value == cell).Key;

    private static string Options(IReadOnlyDictionary<string, string> labels) => string.Join("、", labels.Select(l => $"{l.Key} {l.Value}"));
}
