using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Core.Modules.Resident.Items;

/// <summary>A1-03 参保登记: a resident aged 16+ not covered elsewhere enrols with a grade and a payment channel.</summary>
internal sealed class EnrolRules(ParameterStore parameters, ICryptoProvider crypto) : ResidentItemRules
{
    public override IReadOnlyCollection<string> ItemCodes => ["A1-03"];

    public override bool RegistersNewPerson => true;

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct);
        var grades = ResidentPension.Grades(await ParametersAsync(c, parameters, ct), c.Today);
        var grade = c.Form.Decimal("contributionGrade");
        var age = r.Age(c.Today);
        var formBirth = c.Form.Date("birthDate");
        return
        [
            RuleCheck.When(age >= 16, "年满16周岁", $"申请人现年{age}岁，未满16周岁不能参保"),
            RuleCheck.When(formBirth == r.Person.BirthDate && c.Form["gender"] == r.Person.Gender, "出生日期、性别与公民身份号码一致",
                $"身份证记载的出生日期为{r.Person.BirthDate:yyyy-MM-dd}、性别为{Gender.Label(r.Person.Gender)}，与申请表不一致"),
            RuleCheck.When(r.Person.EmployeePensionStatus is not (EmployeePensionStatuses.Insured or EmployeePensionStatuses.Receiving or EmployeePensionStatuses.BenefitSuspended), "未参加企业职工基本养老保险",
                "系统显示该人员已参加企业职工基本养老保险（职保），不能同时参加城居保"),
            RuleCheck.When(r.InsuredStatus == ResidentInsuredStatuses.NotInsured, "未参加城乡居民养老保险（不重复参保）", $"系统中该人员已是“{r.StatusLabel}”，不能重复参保"),
            RuleCheck.When(grade is { } g && grades.Contains(g), "缴费档次为本年度开办的档次",
                $"本年度开办的档次为：{string.Join("、", grades.Select(Yuan))}元/年"),
            RuleCheck.When(c.Form.Bool("receivingOtherPension") == false, "未领取其他基本养老保障待遇", "已领取其他基本养老保障待遇的，不能参加城居保"),
            RuleCheck.When(c.Form["paymentMethod"] != PaymentMethods.BankCollection || c.Form.Has("withholdingAccount"), "银行代收须有代扣账号", "选择银行代收时请填写代扣银行账号或社会保障卡号"),
        ];
    }

    public override async Task ApplyAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct, forUpdate: true);
        var account = c.Form["withholdingAccount"];
        var enrolment = new ResidentEnrolment
        {
            PersonId = r.Person.Id, EnrolledMonth = YearMonth.Of(c.Today).ToString(), Grade = c.Form.Decimal("contributionGrade") ?? 0,
            PaymentMethod = c.Form["paymentMethod"] ?? PaymentMethods.BankCollection, InsuredIdentity = c.Form["insuredIdentity"] ?? SpecialIdentities.Ordinary,
            WithholdingAccountCipher = account is null ? null : crypto.Encrypt(account), WithholdingAccountMasked = account is null ? null : Masking.BankAccount(account),
            Age60Month = r.Age60.ToString(), CaseId = c.CaseId, UpdatedAt = c.Now,
        };
        c.Db.Add(enrolment);
        if (c.Form["phone"] is { } phone && phone.Length > 0)
        {
            r.Person.PhoneCipher = crypto.Encrypt(phone);
            r.Person.PhoneMasked = Masking.Phone(phone);
        }
        r.Person.Address = c.Form["residentialAddress"] ?? r.Person.Address;
        r.Person.GroupName = c.Form["villageGroup"] ?? r.Person.GroupName;
        r.Person.Ethnicity = c.Form["ethnicity"] ?? r.Person.Ethnicity;
        History(c, "resident.enrol", "城居保参保登记", null,
            new { 参保年月 = enrolment.EnrolledMonth, 缴费档次 = enrolment.Grade, 缴费方式 = PaymentMethods.Label(enrolment.PaymentMethod), 代扣账号 = enrolment.WithholdingAccountMasked });
        SetStatus(c, r, ResidentInsuredStatuses.Insured, ResidentPaymentStatuses.Paying, "参保登记：正常缴费");
    }
}
