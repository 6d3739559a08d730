using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Resident;

/// <summary>The 城居保 relation as the person page and a case form show it: status, years, arrears, account, contributions, identities.</summary>
internal sealed class ResidentSection : IPersonSectionSource
{
    public async Task<PersonSection?> GetAsync(Guid personId, AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var r = await ResidentRecord.LoadAsync(db, personId, ct);
        if (r is null) return null;
        var facts = new List<PersonFact> { new("到龄年月（年满60周岁）", r.Age60.ToString()) };
        if (r.Enrolment is { } e)
        {
            facts.Add(new("参保年月", e.EnrolledMonth));
            facts.Add(new("缴费档次", $"{Money(e.Grade)}元/年"));
            facts.Add(new("缴费方式", e.PaymentMethod == PaymentMethods.BankCollection ? $"{PaymentMethods.Label(e.PaymentMethod)} {e.WithholdingAccountMasked}".Trim() : PaymentMethods.Label(e.PaymentMethod)));
            if (e.TransferredYears > 0) facts.Add(new("转入", $"{e.TransferredFrom}，{e.TransferredYears}年"));
            if (r.IsInterrupted) facts.Add(new("中断缴费", $"{ResidentReasons.Label(e.InterruptReason)}，自{e.InterruptMonth}起 {e.InterruptRemark}", true));
            facts.Add(new("已缴费年限", $"{r.YearsPaid}年"));
            var unpaid = r.UnpaidYears(today);
            facts.Add(new("欠费年度", unpaid.Count == 0 ? "无" : string.Join("、", unpaid.Select(y => $"{y}年")), unpaid.Count > 0));
            var pending = r.Pending.ToList();
            if (pending.Count > 0) facts.Add(new("已申报待到账", string.Join("、", pending.Select(p => $"{p.Year}年{ContributionKinds.Label(p.Kind)}")), true));
        }
        if (r.CurrentIdentity(today) is { } identity)
            facts.Add(new("特殊身份", $"{SpecialIdentities.Label(identity.Code)}（{identity.ValidFrom:yyyy-MM-dd}至{identity.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "长期"}，{identity.Authority}）"));
        if (r.Account is { } a)
        {
            facts.Add(new("个人账户余额", $"{Money(a.Balance)}元（利息计至{a.InterestThroughYear}年末）"));
            facts.Add(new("账户构成", $"个人缴费{Money(a.Personal)}、缴费补贴{Money(a.ProvincialSubsidy + a.CitySubsidy + a.CountySubsidy)}、集体补助{Money(a.Collective)}、政府代缴{Money(a.GovernmentPaid)}、转入{Money(a.TransferredIn)}、利息{Money(a.Interest)}"));
        }
        var tables = new List<PersonTable>();
        if (r.Contributions.Count > 0)
            tables.Add(new PersonTable("缴费记录", ["年度", "类型", "档次", "个人缴费", "缴费补贴", "政府代缴", "状态", "到账日期"],
                r.Contributions.OrderByDescending(c => c.Year).Select(c => (IReadOnlyList<string>)
                    [c.Year.ToString(CultureInfo.InvariantCulture), ContributionKinds.Label(c.Kind), Money(c.Grade), Money(c.Personal), Money(c.ProvincialSubsidy + c.CitySubsidy + c.CountySubsidy),
                     Money(c.GovernmentPaid), ContributionStatuses.Label(c.Status), c.ReceivedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"]).ToList()));
        if (r.Identities.Count > 0)
            tables.Add(new PersonTable("特殊身份记录", ["身份", "有效期起", "有效期止", "认定部门", "证件号", "状态"],
                r.Identities.Select(i => (IReadOnlyList<string>)
                    [SpecialIdentities.Label(i.Code), i.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), i.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "长期",
                     i.Authority, i.CertificateMasked ?? "—", i.CurrentOn(today) ? "有效" : "已失效"]).ToList()));
        return new PersonSection("resident", "城乡居民基本养老保险", r.StatusLabel, facts, tables, Order: 10);
    }

    internal static string Money(decimal yuan) => yuan.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>The 城居保 benefit: amount by part, payment state, and what a termination settled.</summary>
internal sealed class ResidentBenefitSection : IPersonSectionSource
{
    public async Task<PersonSection?> GetAsync(Guid personId, AppDbContext db, DateOnly today, CancellationToken ct)
    {
        // Only the benefit row: the 城居保 section loads the rest of the record for the same page.
        if (await db.Set<ResidentBenefit>().AsNoTracking().SingleOrDefaultAsync(x => x.PersonId == personId, ct) is not { } b) return null;
        static string M(decimal v) => ResidentSection.Money(v);
        var summary = b.Status switch
        {
            BenefitStatuses.Normal => $"正常发放，每月{M(b.Monthly)}元",
            BenefitStatuses.Paused => $"暂停发放（{ResidentReasons.Label(b.PauseReason)}，自{b.PauseMonth}起）",
            _ => $"已终止（{ResidentReasons.Label(b.TerminationReason)}，{b.TerminationMonth}）",
        };
        var facts = new List<PersonFact>
        {
            new("待遇起始年月", b.StartMonth),
            new("月养老金", $"{M(b.Monthly)}元"),
            new("基础养老金", $"{M(b.BasicCentral + b.BasicProvincial + b.BasicCity + b.BasicCounty + b.BasicBonus)}元（中央{M(b.BasicCentral)}、省级{M(b.BasicProvincial)}、市级{M(b.BasicCity)}、区级{M(b.BasicCounty)}、长缴多得{M(b.BasicBonus)}）"),
            new("个人账户养老金", $"{M(b.AccountPension)}元（核定时账户余额{M(b.AccountBalanceAtStart)}元 ÷ {b.Divisor:0.##}）"),
            new("核定时缴费年限", $"{b.YearsPaid}年"),
            new("发放账号", b.PaymentAccountMasked ?? "—"),
            new("已发放至", b.PaidThroughMonth ?? "尚未发放"),
            new("核定所用参数", b.ParametersUsed),
        };
        if (b.Status == BenefitStatuses.Paused) facts.Add(new("暂停", $"{ResidentReasons.Label(b.PauseReason)}，自{b.PauseMonth}起", true));
        if (b.ResumedMonth is not null) facts.Add(new("恢复", $"自{b.ResumedMonth}起；补发{b.BackPayMonths}个月共{M(b.BackPayAmount)}元"));
        if (b.Status == BenefitStatuses.Terminated)
        {
            facts.Add(new("终止", $"{ResidentReasons.Label(b.TerminationReason)}，终止年月{b.TerminationMonth}"));
            if (b.DeathDate is { } d) facts.Add(new("死亡日期", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            facts.Add(new("多发待遇（应追回）", $"{M(b.Overpayment)}元；已从账户余额扣回{M(b.OverpaymentDeducted)}元，另需追回{M(b.Overpayment - b.OverpaymentDeducted)}元", b.Overpayment > 0));
            facts.Add(new("退还个人账户余额", b.HeirName is null ? $"{M(b.Refund)}元" : $"{M(b.Refund)}元，退还继承人{b.HeirName}（{b.HeirRelationship}，{b.HeirIdMasked}，账号{b.HeirAccountMasked}）"));
            facts.Add(new("丧葬补助金", b.FuneralGrant > 0 ? $"{M(b.FuneralGrant)}元" : "无（本地暂未设立，待确认）"));
        }
        return new PersonSection("benefit", "城居保养老金待遇", summary, facts, [], Order: 20);
    }
}
