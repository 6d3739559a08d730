using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Core.Modules.Resident.Items;

/// <summary>
/// A1-05 关键信息变更: name, ID number, birth date, gender, on the police certificate. Birth date and gender are
/// read from the ID number, so changing either needs the corrected ID; the age-60 month follows the birth date.
/// </summary>
internal sealed class KeyChangeRules(ICryptoProvider crypto, PersonLookup persons) : ResidentItemRules
{
    public override IReadOnlyCollection<string> ItemCodes => ["A1-05"];

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct);
        var checks = new List<RuleCheck>
        {
            await ScannedAsync(c, "附公安机关户籍证明", "请扫描上传公安机关出具的户籍信息更正证明", ct, "POLICE_CERTIFICATE"),
        };
        var item = c.Form["changeItem"];
        if (item == "name")
        {
            var name = c.Form["newName"];
            checks.Add(RuleCheck.When(name is { Length: > 0 and <= 50 }, "填写新姓名", "请填写变更后的姓名"));
            checks.Add(RuleCheck.When(name != r.Person.Name, "新姓名与现登记不同", "新姓名与系统登记的姓名相同"));
            return checks;
        }
        var newId = c.Form["newIdNumber"];
        checks.Add(RuleCheck.When(newId is not null, "填写新公民身份号码", item == "idNumber" ? "请填写变更后的公民身份号码" : "出生日期和性别以身份证号码为准，请同时填写更正后的公民身份号码"));
        if (newId is null) return checks;
        var currentId = crypto.Decrypt(r.Person.IdNumberCipher);
        checks.Add(RuleCheck.When(newId != currentId, "新号码与现登记号码不同", "新公民身份号码与系统登记的号码相同"));
        var used = (await persons.InDistrictAsync(newId, ct)).Value is { } holder && holder.Id != r.Person.Id;
        checks.Add(RuleCheck.When(!used, "新号码未被他人登记使用", "该公民身份号码已登记在另一参保人名下，请核实"));
        if (item == "birthDate")
            checks.Add(RuleCheck.When(c.Form.Date("newBirthDate") is { } d && IdNumber.BirthDateOf(newId) == d, "新出生日期与新身份证号码一致",
                $"新身份证号码记载的出生日期为{IdNumber.BirthDateOf(newId):yyyy-MM-dd}，与填写的新出生日期不一致"));
        if (item == "gender")
            checks.Add(RuleCheck.When(c.Form["newGender"] == IdNumber.GenderOf(newId), "新性别与新身份证号码一致", "新身份证号码记载的性别与填写的新性别不一致"));
        return checks;
    }

    public override async Task ApplyAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct, forUpdate: true);
        var p = r.Person;
        var before = new { 姓名 = p.Name, 公民身份号码 = p.IdNumberMasked, 出生日期 = p.BirthDate.ToString("yyyy-MM-dd"), 性别 = Gender.Label(p.Gender) };
        if (c.Form["changeItem"] == "name")
        {
            p.Name = c.Form["newName"]!;
            p.Touch(c.Now);
        }
        else
        {
            p.ChangeIdNumber(c.Form["newIdNumber"]!, crypto, c.Now);
            // Dates that hang on the birth date: the age-60 month (到龄) of the enrolment.
            if (r.Enrolment is { } e) e.Age60Month = YearMonth.Of(p.BirthDate.AddYears(60)).ToString();
        }
        // Open cases carry a copy of the name and masked ID for lists and papers.
        await c.Db.Set<Case>().Where(x => x.PersonId == p.Id && CaseStatuses.Open.Contains(x.Status))
            .ForEachAsync(x => { x.PersonName = p.Name; x.PersonIdMasked = p.IdNumberMasked; }, ct);
        History(c, "person.key", "关键信息变更", before,
            new { 姓名 = p.Name, 公民身份号码 = p.IdNumberMasked, 出生日期 = p.BirthDate.ToString("yyyy-MM-dd"), 性别 = Gender.Label(p.Gender), 到龄年月 = r.Enrolment?.Age60Month });
    }
}
