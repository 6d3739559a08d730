using System.Globalization;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Platform.Pdf;

namespace Shebao.Core.Modules.Printing;

/// <summary>Who an estimate was made for, when staff printed it from the registry (masked).</summary>
public sealed record EstimateSubject(string Name, string IdNumberMasked, string Village);

/// <summary>One-page estimate sheets (测算单): inputs, each part of the result, the parameters used, and the notice.</summary>
public static class EstimatePdf
{
    public const string Notice = "本测算结果仅供参考，不作为待遇核定依据；实际待遇以社会保险经办机构核定为准。";

    public static byte[] Resident(ResidentPensionResult r, EstimateSubject? subject, DateTime printedAtUtc)
    {
        var input = r.Input;
        using var pdf = new PdfDocumentWriter("城乡居民基本养老保险待遇测算单");
        pdf.Title("城乡居民基本养老保险待遇测算单");
        Header(pdf, subject, printedAtUtc);
        pdf.Heading("测算条件");
        pdf.Row("出生日期", input.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        pdf.Row("年满60周岁", r.Age60Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        pdf.Row("已缴费年限", $"{input.YearsPaid} 年");
        pdf.Row("现有个人账户余额", $"{input.CurrentBalance:#,##0.00} 元");
        pdf.Row("计划缴费档次", $"{input.PlannedGrade:0} 元/年");
        pdf.Row("计划缴费年限", $"{input.PlannedYears} 年");
        pdf.Row("参保身份", Persons.SpecialIdentities.Label(input.SpecialIdentity));
        pdf.Heading("60周岁时个人账户储存额");
        foreach (var part in r.BalanceParts) pdf.Row(part.Label, $"{part.Amount} 元", flag: part.ToConfirm ? "待确认" : null);
        pdf.Row("合计", $"{r.AccountBalanceAt60} 元", bold: true);
        pdf.Heading("月养老金");
        foreach (var part in r.BasicParts) pdf.Row(part.Label, $"{part.Amount} 元", flag: part.ToConfirm ? "待确认" : null);
        pdf.Row($"个人账户养老金（{r.AccountBalanceAt60} ÷ {r.Divisor:0.#}）", $"{r.AccountPension} 元");
        pdf.Row("月养老金合计", $"{r.MonthlyTotal} 元", bold: true);
        pdf.Row("累计缴费年限", $"{r.TotalYears} 年（{(r.Eligible ? "满15年" : "不足15年")}）");
        Footer(pdf, r.Notes, r.Parameters);
        return pdf.ToBytes();
    }

    public static byte[] Employee(EmployeePensionResult r, EstimateSubject? subject, DateTime printedAtUtc)
    {
        using var pdf = new PdfDocumentWriter("企业职工基本养老金测算单");
        pdf.Title("企业职工基本养老金测算单");
        Header(pdf, subject, printedAtUtc);
        pdf.Heading("测算条件");
        pdf.Row("人员类别", RetirementGroups.Label(r.Group));
        pdf.Row("退休年月", $"{r.RetirementMonth}（{r.AgeYears}岁{(r.AgeExtraMonths > 0 ? $"{r.AgeExtraMonths}个月" : "")}）");
        pdf.Row("缴费年限（含视同）", $"{r.ContributionYears:0.##} 年，其中视同 {r.DeemedYears:0.##} 年");
        pdf.Row("本人平均缴费指数", r.AverageIndex.ToString("0.0000", CultureInfo.InvariantCulture));
        pdf.Row("计发基数", $"{r.JifaBase} 元{(r.JifaProjected ? "（预估）" : "")}");
        pdf.Row("退休时个人账户储存额", $"{r.AccountBalanceAtRetirement} 元");
        pdf.Row("计发月数", r.Divisor.ToString("0.#", CultureInfo.InvariantCulture), flag: r.DivisorInterpolated ? "插值，待确认" : null);
        pdf.Heading("计算过程");
        foreach (var step in r.Steps) pdf.Row($"{step.Name}：{step.Formula}", $"{step.Result} 元", bold: step.Name.Contains("合计", StringComparison.Ordinal));
        pdf.Row("按月领取所需最低缴费", $"{r.MinimumContributionMonths} 个月（{(r.MeetsMinimum ? "已满足" : "未满足")}）");
        Footer(pdf, r.Notes, r.Parameters);
        return pdf.ToBytes();
    }

    private static void Header(PdfDocumentWriter pdf, EstimateSubject? subject, DateTime printedAtUtc)
    {
        var local = printedAtUtc.AddHours(8).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
        if (subject is not null) pdf.Paragraph($"参保人：{subject.Name}　公民身份号码：{subject.IdNumberMasked}　{subject.Village}");
        pdf.Paragraph($"测算日期：{local}　叶集区社会保险村级服务平台");
    }

    private static void Footer(PdfDocumentWriter pdf, IReadOnlyList<string> notes, IReadOnlyList<UsedParameter> parameters)
    {
        if (notes.Count > 0)
        {
            pdf.Heading("说明");
            foreach (var note in notes) pdf.Paragraph("· " + note);
        }
        pdf.Heading("所用参数");
        foreach (var p in parameters)
            pdf.Paragraph($"{p.Name}（{p.Code}，{Regions.Label(p.RegionCode)}，{p.ValidFrom:yyyy-MM-dd}起）：{Shorten(p.Value)} {p.Unit}　依据：{p.SourceDoc}{(p.ToConfirm ? "　【待确认】" : "")}", 8);
        pdf.Space(6);
        pdf.Paragraph(Notice, 10, bold: true);
    }

    private static string Shorten(string json) => json.Length <= 60 ? json.Trim('"') : json[..57] + "…";
}
