using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Employers;

/// <summary>"employment" (单位参保): the person's rows on employers' rolls, the active one first.</summary>
internal sealed class EmploymentSection : IPersonSectionSource
{
    public async Task<PersonSection?> GetAsync(Guid personId, AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var rows = await db.Set<EmployerRollEntry>().AsNoTracking().Where(r => r.PersonId == personId)
            .Join(db.Set<Employer>(), r => r.EmployerId, e => e.Id, (r, e) => new { Row = r, e.Name, e.UnitCode }).ToListAsync(ct);
        if (rows.Count == 0) return null;
        rows = rows.OrderBy(x => x.Row.Status != RollStatuses.Active).ThenByDescending(x => x.Row.EffectiveMonth, StringComparer.Ordinal).ToList();
        var current = rows[0];
        var r = current.Row;
        var summary = $"{RollStatuses.Label(r.Status)}：{current.Name}，{r.EffectiveMonth} 起";
        var facts = new List<PersonFact>
        {
            new("单位", $"{current.Name}（{current.UnitCode}）"),
            new("状态", RollStatuses.Label(r.Status), Warning: r.Status != RollStatuses.Active),
            new("缴费工资", $"{AddEmployeeRules.Money(r.WageBase)} 元/月"),
            new("参保险种", r.Insurances),
            new("生效年月", r.EffectiveMonth),
            new("用工日期", AddEmployeeRules.Day(r.HireDate)),
        };
        if (r.Status != RollStatuses.Active) facts.Add(new PersonFact("减员原因", r.ChangeReason, Warning: true));
        var table = new PersonTable("单位参保记录", ["单位", "状态", "参保险种", "缴费工资", "生效年月", "原因", "办件编号"],
            rows.Select(x => (IReadOnlyList<string>)[x.Name, RollStatuses.Label(x.Row.Status), x.Row.Insurances, AddEmployeeRules.Money(x.Row.WageBase), x.Row.EffectiveMonth, x.Row.ChangeReason, x.Row.CaseNumber ?? ""]).ToList());
        return new PersonSection("employment", "单位参保", summary, facts, rows.Count > 1 ? [table] : [], Order: 50);
    }
}

/// <summary>"flexible" (灵活就业参保): the person's periods as a flexible worker, the open one first.</summary>
internal sealed class FlexibleSection : IPersonSectionSource
{
    public async Task<PersonSection?> GetAsync(Guid personId, AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var periods = await db.Set<FlexibleEnrolment>().AsNoTracking().Where(f => f.PersonId == personId).ToListAsync(ct);
        if (periods.Count == 0) return null;
        periods = periods.OrderBy(f => f.Status != FlexibleStatuses.Active).ThenByDescending(f => f.StartMonth, StringComparer.Ordinal).ToList();
        var f = periods[0];
        var active = f.Status == FlexibleStatuses.Active;
        var basis = string.Create(CultureInfo.InvariantCulture, $"{f.BaseAmount:0.00} 元/月（{f.BaseRatio * 100:0.##}%）");
        var summary = active ? $"参保缴费：缴费基数 {basis}，{f.StartMonth} 起" : $"停保：{f.EndMonth} 起（{f.StopReason}）";
        var facts = new List<PersonFact>
        {
            new("状态", FlexibleStatuses.Label(f.Status), Warning: !active),
            new("缴费基数", basis),
            new("开始年月", f.StartMonth),
        };
        if (!active)
        {
            facts.Add(new PersonFact("停保年月", f.EndMonth ?? ""));
            facts.Add(new PersonFact("停保原因", f.StopReason ?? ""));
        }
        var table = new PersonTable("灵活就业参保记录", ["状态", "缴费基数", "开始年月", "停保年月", "停保原因"],
            periods.Select(x => (IReadOnlyList<string>)[FlexibleStatuses.Label(x.Status), AddEmployeeRules.Money(x.BaseAmount), x.StartMonth, x.EndMonth ?? "", x.StopReason ?? ""]).ToList());
        return new PersonSection("flexible", "灵活就业参保", summary, facts, periods.Count > 1 ? [table] : [], Order: 51);
    }
}
