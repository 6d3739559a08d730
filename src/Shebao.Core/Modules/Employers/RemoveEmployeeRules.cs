using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;

namespace Shebao.Core.Modules.Employers;

/// <summary>
/// A2-04 缴费人员减员申报: an employer takes an employee off its roll, for every insurance of the row.
/// 解除劳动合同, 辞职, 辞退, 参军, 其他 → 暂停参保; 退休, 死亡 → 终止参保.
/// </summary>
internal sealed class RemoveEmployeeRules : CaseItemRules
{
    public const string Code = "A2-04";

    public override IReadOnlyCollection<string> ItemCodes => [Code];

    public override bool SubjectAnywhereInDistrict => true;

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext context, CancellationToken ct)
    {
        var checks = new List<RuleCheck>();
        var employer = await EmployerChecks.CheckAsync(context, checks, ct);
        EmployerRollEntry? entry = null;
        if (employer is not null)
        {
            entry = await context.Db.Set<EmployerRollEntry>().AsNoTracking().SingleOrDefaultAsync(r => r.EmployerId == employer.Id && r.PersonId == context.PersonId, ct);
            checks.Add(entry switch
            {
                null => RuleCheck.Fail("职工在本单位名册中在职参保", $"该职工不在{employer.Name}的参保人员名册中，无需减员"),
                { Status: not RollStatuses.Active } => RuleCheck.Fail("职工在本单位名册中在职参保",
                    $"该职工已自 {entry.EffectiveMonth} 起{RollStatuses.Label(entry.Status)}（{entry.ChangeReason}），不能重复减员"),
                _ => RuleCheck.Pass("职工在本单位名册中在职参保", $"自 {entry.EffectiveMonth} 起在职参保（{entry.Insurances}）"),
            });
        }

        var month = context.Form.Month("effectiveMonth");
        if (month is not { } effective) checks.Add(RuleCheck.Fail("生效年月不早于参保生效年月", "请填写减员生效年月"));
        else if (entry is { Status: RollStatuses.Active } && YearMonth.TryParse(entry.EffectiveMonth, out var start))
            checks.Add(RuleCheck.When(effective >= start, "生效年月不早于参保生效年月", $"减员生效年月 {effective} 早于该职工在本单位的参保生效年月 {start}"));

        var reason = context.Form["removeReason"];
        checks.Add(reason is not null && RemoveReasons.All.TryGetValue(reason, out var r)
            ? RuleCheck.Pass("填写减员原因", $"{r.Label} → {RollStatuses.Label(r.Status)}")
            : RuleCheck.Fail("填写减员原因", "请选择减员原因（解除劳动合同、辞职、辞退、参军、其他、退休或死亡）"));
        return checks;
    }

    public override async Task ApplyAsync(CaseContext context, CancellationToken ct)
    {
        var employer = await EmployerChecks.LoadAsync(context, ct);
        var person = await EmployerChecks.PersonAsync(context, ct);
        var entry = await context.Db.Set<EmployerRollEntry>().SingleAsync(r => r.EmployerId == employer.Id && r.PersonId == person.Id && r.Status == RollStatuses.Active, ct);
        var (label, status) = RemoveReasons.All[context.Form["removeReason"]!];
        var before = AddEmployeeRules.Snapshot(employer, entry);
        entry.Status = status;
        entry.ChangeReason = label;
        entry.EffectiveMonth = context.Form.Month("effectiveMonth")!.Value.ToString();
        entry.CaseId = context.CaseId;
        entry.CaseNumber = context.CaseNumber;
        entry.UpdatedAt = context.Now;
        entry.Version++;
        context.Db.Add(RollHistory.Change(entry, RollChangeKinds.Remove, context.By, context.Now, context.CaseId, context.CaseNumber));

        if (entry.Pension && !await EmployerChecks.OtherPensionAsync(context, entry.Id, includeFlexible: true, ct))
            person.SetEmployeePensionStatus(EmployeePensionStatuses.Suspended, context.Now);
        PersonHistory.Record(context.Db, person.Id, "employment",
            $"单位减员（{label}）：{employer.Name}，{entry.EffectiveMonth} 起{RollStatuses.Label(status)}",
            before, AddEmployeeRules.Snapshot(employer, entry), context.By, context.Now, context.CaseId, context.CaseNumber);
    }
}
