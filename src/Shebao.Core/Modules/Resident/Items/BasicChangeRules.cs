using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Core.Modules.Resident.Items;

/// <summary>A1-04 基础信息变更: phone, address, bank, group, ethnicity. Each new value is a typed field, so phones and accounts stay encrypted.</summary>
internal sealed class BasicChangeRules(ICryptoProvider crypto) : ResidentItemRules
{
    public override IReadOnlyCollection<string> ItemCodes => ["A1-04"];

    private static readonly Dictionary<string, (string Field, string Label)> Items = new()
    {
        ["phone"] = ("newPhone", "联系电话"),
        ["address"] = ("newAddress", "居住地址"),
        ["bankAccount"] = ("newBankAccount", "银行账号"),
        ["villageGroup"] = ("newVillageGroup", "组"),
        ["ethnicity"] = ("newEthnicity", "民族"),
    };

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct);
        var item = c.Form["changeItem"] ?? "";
        if (!Items.TryGetValue(item, out var target)) return [RuleCheck.Fail("只变更基础信息", "变更项目应为联系电话、居住地址、银行账号、组或民族")];
        var newValue = c.Form[target.Field];
        var others = Items.Values.Where(v => v.Field != target.Field && c.Form.Has(v.Field)).Select(v => v.Label).ToList();
        return
        [
            RuleCheck.When(newValue is not null, $"填写变更后的{target.Label}", $"请在“新{target.Label}”一栏填写变更后的内容"),
            RuleCheck.When(others.Count == 0, "一次只变更所选的项目", $"所选变更项目为{target.Label}，但还填写了：{string.Join("、", others)}（请分别申请）"),
            RuleCheck.When(newValue is null || Current(r.Person, item) != newValue, "变更后的内容与现有登记不同", $"新{target.Label}与系统登记的内容相同，无需变更"),
        ];
    }

    public override async Task ApplyAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct, forUpdate: true);
        var p = r.Person;
        var item = c.Form["changeItem"]!;
        var (field, label) = Items[item];
        var value = c.Form[field]!;
        var before = Shown(p, item);
        switch (item)
        {
            case "phone": p.PhoneCipher = crypto.Encrypt(value); p.PhoneMasked = Masking.Phone(value); break;
            case "address": p.Address = value; break;
            case "bankAccount":
                p.BankAccountCipher = crypto.Encrypt(value);
                p.BankAccountMasked = Masking.BankAccount(value);
                p.BankName = c.Form["newBankName"] ?? p.BankName;
                break;
            case "villageGroup": p.GroupName = value; break;
            default: p.Ethnicity = value; break;
        }
        p.Touch(c.Now);
        History(c, "person.basic", $"基础信息变更：{label}", new Dictionary<string, string?> { [label] = before }, new Dictionary<string, string?> { [label] = Shown(p, item) });
    }

    /// <summary>The current value to compare with (decrypted only in memory).</summary>
    private string? Current(Person p, string item) => item switch
    {
        "phone" => p.PhoneCipher is null ? null : crypto.Decrypt(p.PhoneCipher),
        "address" => p.Address,
        "bankAccount" => p.BankAccountCipher is null ? null : crypto.Decrypt(p.BankAccountCipher),
        "villageGroup" => p.GroupName,
        _ => p.Ethnicity,
    };

    /// <summary>The value as history shows it: masked for identifiers.</summary>
    private static string? Shown(Person p, string item) => item switch
    {
        "phone" => p.PhoneMasked,
        "address" => p.Address,
        "bankAccount" => $"{p.BankName} {p.BankAccountMasked}".Trim(),
        "villageGroup" => p.GroupName,
        _ => Ethnicities.Label(p.Ethnicity),
    };
}
