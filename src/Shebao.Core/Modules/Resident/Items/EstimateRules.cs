using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Printing;
using Shebao.Core.Platform.Files;

namespace Shebao.Core.Modules.Resident.Items;

/// <summary>
/// A1-13 待遇测算: computed at once from the record (birth date, years paid, account balance, identity) with the
/// planned grade and years from the form; the printed estimate is attached to the case for the district to review.
/// </summary>
internal sealed class EstimateRules(ParameterStore parameters, FileStore files) : ResidentItemRules
{
    public const string EstimateMaterial = "ESTIMATE_PDF";

    public override IReadOnlyCollection<string> ItemCodes => ["A1-13"];

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct);
        var reader = await ParametersAsync(c, parameters, ct);
        var grades = ResidentPension.Grades(reader, c.Today);
        var max = ResidentPension.MaxPlannedYears(r.Person.BirthDate, r.YearsPaid, c.Today);
        var checks = new List<RuleCheck>
        {
            RuleCheck.When(r.Age(c.Today) >= 16, "年满16周岁的登记人员", "申请人未满16周岁"),
            RuleCheck.When(c.Form.Decimal("plannedGrade") is { } g && grades.Contains(g), "计划缴费档次为开办的档次", $"开办的档次为：{string.Join("、", grades.Select(Yuan))}元/年"),
            RuleCheck.When(c.Form.Int("plannedYears") is { } y && y <= max, "计划缴费年限不超过可缴年限", $"计划缴费年限最多{max}年（逐年缴费至60周岁；距60周岁不足15年的可补缴至累计15年）"),
        };
        // A plan the rules refuse gets no estimate at acceptance, so the printout is checked only for a valid plan.
        if (checks.All(x => x.Passed))
            checks.Add(RuleCheck.When(c.CaseId is null || await AttachedAsync(c, EstimateMaterial, ct), "测算单已生成", "测算单未生成，请撤回后重新受理"));
        return checks;
    }

    public override async Task OnAcceptedAsync(CaseContext c, CancellationToken ct)
    {
        var r = await RecordAsync(c, ct);
        var reader = await ParametersAsync(c, parameters, ct);
        var grades = ResidentPension.Grades(reader, c.Today);
        var grade = c.Form.Decimal("plannedGrade") ?? 0;
        var years = c.Form.Int("plannedYears") ?? 0;
        // A plan the rules refuse gets no estimate; the check list tells the clerk why.
        if (!grades.Contains(grade) || years > ResidentPension.MaxPlannedYears(r.Person.BirthDate, r.YearsPaid, c.Today)) return;
        var result = ResidentPension.Estimate(new ResidentPensionInput(r.Person.BirthDate, r.YearsPaid, r.Account?.Balance ?? 0, grade, years, r.Person.SpecialIdentity, c.Today), reader);
        var village = await c.Db.OrgUnits.AsNoTracking().Where(o => o.Code == r.Person.VillageCode).Select(o => o.Name).SingleAsync(ct);
        var pdf = EstimatePdf.Resident(result, new EstimateSubject(r.Person.Name, r.Person.IdNumberMasked, village), c.Now);
        var stored = await files.SaveAsync(pdf, ct);
        c.Db.Add(new CaseAttachment
        {
            Id = Guid.CreateVersion7(), CaseId = c.CaseId!.Value, MaterialCode = EstimateMaterial, FileName = $"城居保待遇测算单-{c.CaseNumber}.pdf",
            Sha256 = stored.Sha256, Size = stored.Size, ContentType = "application/pdf", UploadedBy = c.By, UploadedAt = c.Now,
        });
    }
}
