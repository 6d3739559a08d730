using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Parameters;

namespace Shebao.Core.Modules.Resident.Items;

/// <summary>
/// A1-06 多次缴费申报: this year's contribution (正常应缴) or a missed past year (补缴). Fewer than 15 years to 60:
/// pay every year and 补缴 up to 15 years in total (国发〔2014〕8号, 待确认). The record stays pending until received.
/// </summary>
internal sealed class ContributionRules(ParameterStore parameters) : ResidentItemRules
{
    public const int MaxYearsWithBackPayment = 15;

    public override IReadOnlyCollection<string> ItemCodes => ["A1-06"];

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct);
        var reader = await ParametersAsync(c, parameters, ct);
        var grades = ResidentPension.Grades(reader, c.Today);
        var year = c.Form.Int("contributionYear") ?? 0;
        var kind = c.Form["contributionType"];
        var grade = c.Form.Decimal("contributionGrade");
        var amount = c.Form.Decimal("amount");
        var unpaid = r.UnpaidYears(c.Today);
        var checks = new List<RuleCheck>
        {
            RuleCheck.When(r.IsPaying, "参保且正常缴费", $"系统中该人员为“{r.StatusLabel}”，只有正常缴费人员可以申报缴费"),
            RuleCheck.When(grade is { } g && grades.Contains(g), "缴费档次为开办的档次", $"开办的档次为：{string.Join("、", grades.Select(Yuan))}元/年"),
            RuleCheck.When(r.Contributions.All(x => x.Year != year), "该年度尚未缴费", $"{year}年度已有缴费记录，不能重复缴费"),
            RuleCheck.When(year < r.Age60.Year, "缴费年度在年满60周岁之前", $"申请人{r.Age60.Year}年年满60周岁，不能缴纳{year}年及以后的保费"),
        };
        if (kind == ContributionKinds.Regular)
        {
            checks.Add(RuleCheck.When(year == c.Today.Year, "正常应缴只缴当年", $"正常应缴只能缴纳{c.Today.Year}年度；以前年度请选择“补缴”"));
        }
        else
        {
            checks.Add(RuleCheck.When(year < c.Today.Year && year >= r.FirstOwedYear, "补缴年度为参保以来未缴的以前年度",
                $"可补缴的年度为{r.FirstOwedYear}年至{c.Today.Year - 1}年中未缴费的年度"));
            // The cap is the transitional rule for those with fewer than 15 years to 60 when they joined; others make up missed years.
            if (r.Age60.Year - r.FirstOwedYear < MaxYearsWithBackPayment)
            {
                var afterThis = r.YearsPaid + r.Pending.Count() + 1;
                checks.Add(RuleCheck.When(afterThis <= MaxYearsWithBackPayment, "补缴后累计缴费年限不超过15年",
                    $"参保时距60周岁不足15年，可补缴至累计15年；已缴及待到账共{afterThis - 1}年，再补缴将超过15年（国发〔2014〕8号，待确认）"));
            }
        }
        if (grade is { } gr && amount is { } a && year > 0)
        {
            var due = ContributionParts.PersonalDue(gr, year, kind ?? ContributionKinds.Regular, r.IdentityInYear(year), reader);
            checks.Add(RuleCheck.When(a == due, "缴费金额与档次相符", $"{Yuan(gr)}元档次个人应缴{Yuan(due)}元（政府代缴部分不由个人缴纳）"));
        }
        checks.Add(RuleCheck.Pass("未缴年度", unpaid.Count == 0 ? "无" : string.Join("、", unpaid.Select(y => $"{y}年")) + "（可补缴）"));
        if (r.Pending.Any()) checks.Add(RuleCheck.Pass("已申报待到账", string.Join("、", r.Pending.Select(p => $"{p.Year}年{ContributionKinds.Label(p.Kind)}"))));
        return checks;
    }

    public override async Task ApplyAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct, forUpdate: true);
        var reader = await ParametersAsync(c, parameters, ct);
        var contribution = new ResidentContribution
        {
            PersonId = r.Person.Id, Year = c.Form.Int("contributionYear")!.Value, Kind = c.Form["contributionType"]!, Grade = c.Form.Decimal("contributionGrade")!.Value,
            Status = ContributionStatuses.Pending, CaseId = c.CaseId, CreatedAt = c.Now,
        };
        ContributionParts.Fill(contribution, r.IdentityInYear(contribution.Year), reader);
        c.Db.Add(contribution);
        History(c, "resident.contribution", $"{contribution.Year}年{ContributionKinds.Label(contribution.Kind)}申报（待到账）", null,
            new { 年度 = contribution.Year, 档次 = contribution.Grade, 个人缴费 = contribution.Personal, 补贴 = contribution.ProvincialSubsidy, 政府代缴 = contribution.GovernmentPaid, 状态 = "待到账" });
    }
}
