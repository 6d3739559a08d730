using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Core.Modules.Resident.Items;

/// <summary>
/// A1-08 特殊身份维护: mark or end a 低保 / 特困 / 残疾 / 返贫致贫 identity on its certificate; the identity decides
/// 政府代缴 for the years it covers, so still-pending contributions of those years are re-split.
/// </summary>
internal sealed class SpecialIdentityRules(ParameterStore parameters, ICryptoProvider crypto) : ResidentItemRules
{
    public override IReadOnlyCollection<string> ItemCodes => ["A1-08"];

    /// <summary>The certificate that proves each identity family (catalogue material codes).</summary>
    private static (string Material, string Name) ProofFor(string code) => code[..2] switch
    {
        "02" => ("DISABILITY_CERT", "残疾人证"),
        "05" => ("RURAL_REVITALIZATION_LIST", "乡村振兴部门认定名单"),
        _ => ("MINZHENG_CERT", "民政部门出具的认定证明"),
    };

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct);
        var code = c.Form["insuredIdentity"] ?? "";
        var checks = new List<RuleCheck> { Enrolled(r) };
        if (c.Form["operation"] == "unmark")
        {
            var current = r.CurrentIdentity(c.Today);
            checks.Add(RuleCheck.When(current?.Code == code, "取消的身份为现有身份",
                current is null ? "该人员当前没有登记特殊身份" : $"该人员当前的特殊身份为{SpecialIdentities.Label(current.Code)}"));
            return checks;
        }
        var from = c.Form.Date("validFrom");
        var to = c.Form.Date("validTo");
        checks.Add(RuleCheck.When(code != SpecialIdentities.Ordinary && SpecialIdentities.Labels.ContainsKey(code), "选择特殊身份类别及等级", "请选择具体的特殊身份类别及等级"));
        checks.Add(RuleCheck.When(from is not null && (to is null || to >= from), "有效期止不早于有效期起", "有效期止早于有效期起，请核对证件"));
        checks.Add(RuleCheck.When(to is null || to >= c.Today, "身份仍在有效期内", $"证件已于{to:yyyy-MM-dd}到期，请提供有效的认定证明"));
        checks.Add(RuleCheck.When(c.Form.Has("certifyingAuthority"), "写明认定部门", "请填写认定部门（民政、残联或乡村振兴部门）"));
        if (code.Length == 3 && code != SpecialIdentities.Ordinary)
        {
            var (material, name) = ProofFor(code);
            checks.Add(await ScannedAsync(c, $"附{name}", $"请扫描上传{name}", ct, material));
        }
        return checks;
    }

    public override async Task ApplyAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct, forUpdate: true);
        var code = c.Form["insuredIdentity"]!;
        var before = SpecialIdentities.Label(r.Person.SpecialIdentity);
        if (c.Form["operation"] == "unmark")
        {
            var current = r.CurrentIdentity(c.Today)!;
            current.EndedOn = c.Today;
            r.Person.SpecialIdentity = SpecialIdentities.Ordinary;
        }
        else
        {
            var certificate = c.Form["certificateNumber"];
            var record = new SpecialIdentityRecord
            {
                PersonId = r.Person.Id, Code = code, ValidFrom = c.Form.Date("validFrom")!.Value, ValidTo = c.Form.Date("validTo"),
                Authority = c.Form["certifyingAuthority"]!, CertificateCipher = certificate is null ? null : crypto.Encrypt(certificate),
                CertificateMasked = certificate is null ? null : Masking.BankAccount(certificate), CaseId = c.CaseId, CreatedAt = c.Now,
            };
            c.Db.Add(record);
            r.Identities.Add(record);
            r.Person.SpecialIdentity = code;
        }
        r.Person.Touch(c.Now);
        var reader = await ParametersAsync(c, parameters, ct);
        foreach (var pending in r.Pending) ContributionParts.Fill(pending, r.IdentityInYear(pending.Year), reader);
        History(c, "resident.identity", c.Form["operation"] == "unmark" ? "取消特殊身份" : "登记特殊身份", new { 参保身份 = before },
            new { 参保身份 = SpecialIdentities.Label(r.Person.SpecialIdentity), 有效期起 = c.Form["validFrom"], 有效期止 = c.Form["validTo"], 认定部门 = c.Form["certifyingAuthority"] });
    }
}
