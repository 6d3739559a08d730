using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Pdf;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Printing;

internal static class CasePaperKinds
{
    public const string Receipt = "receipt";
    public const string Notice = "notice";
    public const string Refusal = "refusal";

    public static readonly IReadOnlyList<string> All = [Receipt, Notice, Refusal];
}

/// <summary>
/// The papers a case produces: 受理回执 (with the progress-lookup code), 一次性告知书 (every missing material
/// at once) and 不予受理/审核不通过告知书. Only for users who can see the case; every print is audited.
/// </summary>
public sealed class PrintCasePaperHandler(GetCaseHandler getCase, AppDbContext db, ServiceCatalogue catalogue, ICryptoProvider crypto, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<PrintedPdf>> HandleAsync(Guid caseId, string? kind, CancellationToken ct = default)
    {
        var found = await getCase.HandleAsync(caseId, ct);
        if (!found.IsSuccess) return Result<PrintedPdf>.From(found);
        var c = found.Value!;
        if (kind is null || !CasePaperKinds.All.Contains(kind)) return Result<PrintedPdf>.From(Result.NotFound());
        // 一次性告知书: after a return, or at acceptance when the item's conditions are not yet met (受理并出具一次性告知书).
        if (kind == CasePaperKinds.Notice && c.Status != CaseStatuses.Returned && !(c.Status == CaseStatuses.Accepted && c.Checks.Any(x => !x.Passed)))
            return Result<PrintedPdf>.From(Result.Conflict("只有退回补正或受理时条件未满足的办件才有一次性告知书"));
        if (kind == CasePaperKinds.Refusal && c.Status != CaseStatuses.Rejected)
            return Result<PrintedPdf>.From(Result.Conflict("只有不予受理或审核不通过的办件才有告知书"));
        var item = catalogue.Find(c.ItemCode);
        var unitName = await db.OrgUnits.AsNoTracking().Where(o => o.Code == c.OrgUnitCode).Select(o => o.Name).SingleAsync(ct);
        var centreName = item is null ? "" : Departments.Names[item.Department];
        var now = clock.GetUtcNow().UtcDateTime;
        byte[] pdf = kind switch
        {
            CasePaperKinds.Receipt => Receipt(c, item, unitName, crypto.Decrypt(await db.Set<Case>().Where(x => x.Id == caseId).Select(x => x.LookupCodeCipher).SingleAsync(ct)), now),
            CasePaperKinds.Notice => Notice(c, unitName, centreName, now),
            _ => Refusal(c, unitName, centreName, now),
        };
        audit.Record("case.print", "case", c.Id.ToString(), fields: [kind]);
        await db.SaveChangesAsync(ct);
        return new PrintedPdf(pdf, $"{c.Number}-{kind}.pdf");
    }

    private static string Local(DateTime utc) => utc.AddHours(8).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// 核验码: HMAC-SM3 (the index key) over the paper kind and case number, so the platform can recompute and
    /// confirm a paper it issued without storing anything; the public check page comes with the proof register.
    /// </summary>
    public static string VerificationCode(ICryptoProvider crypto, string kind, string number) =>
        crypto.KeyedDigest($"case-paper|{kind}|{number}")[..12].ToUpperInvariant();

    private void Head(PdfDocumentWriter pdf, CaseView c, string kind, string title, DateTime now)
    {
        pdf.Title(title);
        pdf.Row("办件编号", c.Number, bold: true);
        pdf.Row("核验码", VerificationCode(crypto, kind, c.Number));
        pdf.Row("服务事项", $"{c.ItemCode} {c.ItemName}");
        pdf.Row("申请人", $"{c.Person.Name}（公民身份号码 {c.Person.IdNumberMasked}）");
        pdf.Row("打印时间", Local(now));
    }

    private byte[] Receipt(CaseView c, ServiceItem? item, string unit, string lookupCode, DateTime now)
    {
        using var pdf = new PdfDocumentWriter("受理回执");
        Head(pdf, c, CasePaperKinds.Receipt, "受理回执", now);
        pdf.Row("受理单位", unit);
        pdf.Row("受理时间", Local(c.AcceptedAt));
        pdf.Row("受理人", c.AcceptedBy);
        pdf.Row("办理时限", item?.TimeLimitText ?? "—");
        pdf.Row("预计办结日期", c.DueDate?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) ?? (c.Status == CaseStatuses.Completed ? "已即办办结" : "—"));
        pdf.Heading("已收材料");
        foreach (var m in c.Materials.Where(m => m.Attached)) pdf.Paragraph("· " + m.Name);
        pdf.Heading("办件进度查询");
        pdf.Row("进度查询码", lookupCode, bold: true);
        pdf.Paragraph("凭办件编号和进度查询码，可在本平台“办件进度查询”页面查看办理进度，也可到受理单位询问。请妥善保管本回执。");
        pdf.Space(18);
        pdf.Paragraph($"受理单位（盖章）：{unit}　　　申请人签收：__________");
        return pdf.ToBytes();
    }

    private byte[] Notice(CaseView c, string unit, string centre, DateTime now)
    {
        using var pdf = new PdfDocumentWriter("一次性告知书");
        Head(pdf, c, CasePaperKinds.Notice, "补正材料一次性告知书", now);
        if (c.Status == CaseStatuses.Accepted)
        {
            pdf.Paragraph($"您向{unit}申请的“{c.ItemName}”已受理，但尚不符合以下办理条件。依据《优化营商环境条例》第三十六条，现一次性告知如下：");
            pdf.Heading("尚未满足的条件");
            foreach (var x in c.Checks.Where(x => !x.Passed)) pdf.Paragraph($"· {x.Rule}：{x.Detail}", 10, bold: true);
            var missing = c.Materials.Where(m => m.Required && !m.Attached).ToList();
            if (missing.Count > 0)
            {
                pdf.Heading("尚需提交的材料");
                foreach (var m in missing) pdf.Paragraph("· " + m.Name);
            }
            pdf.Paragraph("条件满足、材料补齐后，请到受理单位继续办理，办件编号不变。");
            pdf.Space(18);
            pdf.Paragraph($"告知单位：{unit}　　　签收人：__________　　　日期：__________");
            return pdf.ToBytes();
        }
        pdf.Paragraph($"您申请的“{c.ItemName}”经{centre}审核，需补充或修改以下材料。依据《优化营商环境条例》第三十六条，现一次性告知如下：");
        pdf.Heading("需补充或修改的材料");
        foreach (var m in c.Materials.Where(m => m.NamedInReturn)) pdf.Paragraph("· " + m.Name, 10, bold: true);
        pdf.Heading("告知意见");
        pdf.Paragraph(c.LastReason ?? "");
        pdf.Paragraph("材料补齐后，请到受理单位提交，办件编号不变，将直接送回原审核人审核；补正期间不计入办理时限。");
        pdf.Space(18);
        pdf.Paragraph($"告知单位：{centre}（经{unit}转交）　　　签收人：__________　　　日期：__________");
        return pdf.ToBytes();
    }

    private byte[] Refusal(CaseView c, string unit, string centre, DateTime now)
    {
        using var pdf = new PdfDocumentWriter("不予受理告知书");
        var atAcceptance = c.History.Any(h => h.Action == CaseActions.Reject && h.From == CaseStatuses.Accepted);
        Head(pdf, c, CasePaperKinds.Refusal, atAcceptance ? "不予受理告知书" : "审核不通过告知书", now);
        pdf.Paragraph(atAcceptance ? $"您向{unit}提出的“{c.ItemName}”申请，经审查不予受理。" : $"您申请的“{c.ItemName}”经{centre}审核，未予通过。");
        pdf.Heading("理由及政策解释");
        pdf.Paragraph(c.LastReason ?? "");
        pdf.Paragraph("如对本决定有异议，可向叶集区人力资源和社会保障局咨询，或依法申请行政复议、提起行政诉讼。");
        pdf.Space(18);
        pdf.Paragraph($"{(atAcceptance ? unit : centre)}　　　申请人签收：__________");
        return pdf.ToBytes();
    }
}
