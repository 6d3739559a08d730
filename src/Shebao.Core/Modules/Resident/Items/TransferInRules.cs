using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;

namespace Shebao.Core.Modules.Resident.Items;

/// <summary>
/// A1-07 制度内转移 (township only, catalogue): a member insured elsewhere and not yet receiving moves the 户籍 here;
/// the whole balance moves and the years accumulate (经办条例 art. 12).
/// </summary>
internal sealed class TransferInRules(ParameterStore parameters) : ResidentItemRules
{
    public override IReadOnlyCollection<string> ItemCodes => ["A1-07"];

    /// <summary>A person moving in from outside the district is not in the registry yet: the transfer registers them.</summary>
    public override bool RegistersNewPerson => true;

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct);
        var grades = ResidentPension.Grades(await ParametersAsync(c, parameters, ct), c.Today);
        var years = c.Form.Int("transferredYears");
        var balance = c.Form.Decimal("transferredBalance");
        return
        [
            RuleCheck.When(!r.IsReceiving && r.InsuredStatus != ResidentInsuredStatuses.Terminated, "未领取城乡居民养老保险待遇", "已领取待遇的人员养老保险关系不随户籍转移（经办条例第12条）"),
            RuleCheck.When(r.InsuredStatus == ResidentInsuredStatuses.NotInsured, "在本区尚未参保", $"系统中该人员在本区已是“{r.StatusLabel}”"),
            RuleCheck.When(c.Form.Has("transferOutAgency") && c.Form.Has("transferOutPersonNo"), "写明转出地经办机构和个人编号", "请填写转出地经办机构和转出地个人编号"),
            RuleCheck.When(years is >= 0 and <= 45, "转入缴费年限在0至45年之间", "请按转出地联系函填写转入缴费年限"),
            RuleCheck.When(balance is > 0, "写明转入的个人账户余额", "请按转出地联系函填写转入的个人账户余额"),
            RuleCheck.When(c.Form.Decimal("contributionGrade") is { } g && grades.Contains(g), "本地缴费档次为开办的档次", $"开办的档次为：{string.Join("、", grades.Select(Yuan))}元/年"),
            RuleCheck.When(c.Form.Date("migrationDate") is { } d && d <= c.Today, "户籍已迁入", "迁移日期不能晚于今天"),
        ];
    }

    public override async Task ApplyAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct, forUpdate: true);
        var reader = await ParametersAsync(c, parameters, ct);
        var moved = c.Form.Date("migrationDate")!.Value;
        r.Enrolment = new ResidentEnrolment
        {
            PersonId = r.Person.Id, EnrolledMonth = YearMonth.Of(moved).ToString(), Grade = c.Form.Decimal("contributionGrade")!.Value,
            PaymentMethod = PaymentMethods.BankCollection, InsuredIdentity = r.Person.SpecialIdentity, Age60Month = r.Age60.ToString(),
            TransferredFrom = $"{c.Form["transferOutAgency"]}（个人编号 {c.Form["transferOutPersonNo"]}）", TransferredYears = c.Form.Int("transferredYears")!.Value,
            CaseId = c.CaseId, UpdatedAt = c.Now,
        };
        c.Db.Add(r.Enrolment);
        r.Account = new ResidentAccount { PersonId = r.Person.Id, TransferredIn = c.Form.Decimal("transferredBalance")!.Value };
        c.Db.Add(r.Account);
        AccountLedger.Rebuild(r, reader, c.Today, c.Now, c.Db);
        r.Person.Address = c.Form["newHouseholdAddress"] ?? r.Person.Address;
        History(c, "resident.transfer-in", "制度内转移转入", null,
            new { 转出地 = r.Enrolment.TransferredFrom, 转入年限 = r.Enrolment.TransferredYears, 转入余额 = r.Account.TransferredIn, 参保年月 = r.Enrolment.EnrolledMonth });
        SetStatus(c, r, ResidentInsuredStatuses.Insured, ResidentPaymentStatuses.Paying, "转入后正常缴费");
    }
}
