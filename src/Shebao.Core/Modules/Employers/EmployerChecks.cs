using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;

namespace Shebao.Core.Modules.Employers;

/// <summary>What the employer items (A2-03, A2-04) share: the employer named by the form, checked against the clerk's area.</summary>
internal static class EmployerChecks
{
    public const string InArea = "单位已登记且在您的辖区内";
    public const string Matches = "单位名称、单位编号与登记一致";

    /// <summary>Adds the employer checks; returns the employer only when it is registered and in the acting user's area.</summary>
    public static async Task<Employer?> CheckAsync(CaseContext context, List<RuleCheck> checks, CancellationToken ct)
    {
        var code = context.Form["creditCode"]?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            checks.Add(RuleCheck.Fail(InArea, "请填写单位的统一社会信用代码"));
            return null;
        }
        var employer = await context.Db.Set<Employer>().AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == code, ct);
        if (employer is null)
        {
            checks.Add(RuleCheck.Fail(InArea, $"统一社会信用代码为 {code} 的单位未在本区办理社会保险登记，请先办理单位参保登记"));
            return null;
        }
        if (!context.Scope.Covers(employer.OrgPath))
        {
            // The name is not shown: the clerk has no business with an employer of another area.
            checks.Add(RuleCheck.Fail(InArea, "该单位登记在其他村（社区）或乡镇（街道），不在您的辖区，请由单位登记地的经办机构受理"));
            return null;
        }
        checks.Add(RuleCheck.Pass(InArea, $"{employer.Name}（单位编号 {employer.UnitCode}）"));

        var name = context.Form["unitName"]?.Trim();
        var unitCode = context.Form["unitCode"]?.Trim();
        if (!string.IsNullOrEmpty(name) && name != employer.Name)
            checks.Add(RuleCheck.Fail(Matches, $"表中单位名称“{name}”与登记名称“{employer.Name}”不一致，请核对营业执照"));
        else if (!string.IsNullOrEmpty(unitCode) && unitCode != employer.UnitCode)
            checks.Add(RuleCheck.Fail(Matches, $"表中单位编号 {unitCode} 与登记的单位编号 {employer.UnitCode} 不一致"));
        else
            checks.Add(RuleCheck.Pass(Matches));
        return employer;
    }

    public static async Task<Employer> LoadAsync(CaseContext context, CancellationToken ct)
    {
        var code = context.Form["creditCode"]?.Trim().ToUpperInvariant();
        return await context.Db.Set<Employer>().AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == code, ct)
            ?? throw new InvalidOperationException("The employer of an approved employer case is not registered.");
    }

    public static Task<Person> PersonAsync(CaseContext context, CancellationToken ct) =>
        context.Db.Persons.SingleAsync(p => p.Id == context.PersonId, ct);

    /// <summary>Whether anything else still insures the person for 养老 (another roll row, or flexible employment).</summary>
    public static async Task<bool> OtherPensionAsync(CaseContext context, Guid? exceptRollEntry, bool includeFlexible, CancellationToken ct)
    {
        var db = context.Db;
        if (await db.Set<EmployerRollEntry>().AnyAsync(r => r.PersonId == context.PersonId && r.Id != exceptRollEntry && r.Status == RollStatuses.Active && r.Pension, ct)) return true;
        return includeFlexible && await db.Set<FlexibleEnrolment>().AnyAsync(f => f.PersonId == context.PersonId && f.Status == FlexibleStatuses.Active, ct);
    }
}
