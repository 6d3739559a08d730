using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Certification;

/// <summary>Key "certification": each scheme's certification and benefit state ("已认证，下次 2027-03", "逾期未认证"); a reviewer sees only their centre's.</summary>
internal sealed class CertificationSection(ICurrentUser user) : IPersonSectionSource
{
    public async Task<PersonSection?> GetAsync(Guid personId, AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var rows = await db.Set<Beneficiary>().AsNoTracking().VisibleTo(user, new OrgScope(OrgScope.DistrictPath)).Where(b => b.PersonId == personId).OrderBy(b => b.Scheme).ToListAsync(ct);
        if (rows.Count == 0) return null;
        var deaths = await db.Set<SuspectedDeath>().AsNoTracking().VisibleTo(user, new OrgScope(OrgScope.DistrictPath))
            .Where(d => d.PersonId == personId && d.Outcome == DeathOutcomes.Open).ToListAsync(ct);
        var facts = new List<PersonFact>();
        var summaries = new List<string>();
        foreach (var b in rows)
        {
            var state = Summary(b, today);
            summaries.Add(rows.Count > 1 ? $"{Schemes.Label(b.Scheme)}：{state}" : state);
            var bucket = CertificationCycle.Bucket(b.Status, b.PauseReason, CertificationCycle.Month(b.NextDueMonth), today);
            facts.Add(new PersonFact(Schemes.Label(b.Scheme), $"{SubjectTypes.Label(b.SubjectType)}：{b.BenefitItems}；月待遇 ¥{b.MonthlyAmount:N2}；{BenefitStatuses.Label(b.Status)}"
                + (b.PausedFrom is null ? "" : $"，自 {b.PausedFrom} 暂停（{PauseReasons.Label(b.PauseReason)}）"), b.Status != BenefitStatuses.Active));
            if (b.DeceasedWorkerName is not null) facts.Add(new PersonFact("关联工亡职工", $"{b.DeceasedWorkerName}（{b.Relationship}）"));
            facts.Add(new PersonFact("上次认证", b.LastCertifiedOn is { } on ? $"{on:yyyy-MM-dd} {CertificationMethods.Label(b.LastMethod)} {b.LastPlace}".Trim() : "无记录"));
            facts.Add(new PersonFact("下次认证", b.NextDueMonth, bucket is DueBuckets.Overdue or DueBuckets.Paused));
        }
        foreach (var d in deaths)
            facts.Add(new PersonFact("疑似死亡待核实", $"{d.DeathDate:yyyy-MM-dd}（{d.Source}）", true));
        return new PersonSection("certification", "待遇资格认证", string.Join("；", summaries), facts, [], Order: 60);
    }

    public static string Summary(Beneficiary b, DateOnly today) =>
        b.Status == BenefitStatuses.Terminated ? $"待遇已终止（自 {b.TerminatedFrom}）"
        : b.Status == BenefitStatuses.Paused ? $"暂停发放（自 {b.PausedFrom}，{PauseReasons.Label(b.PauseReason)}）"
        : CertificationCycle.Bucket(b.Status, b.PauseReason, CertificationCycle.Month(b.NextDueMonth), today) switch
        {
            DueBuckets.Overdue => $"逾期未认证（应于 {b.NextDueMonth} 认证）",
            DueBuckets.DueThisMonth => $"本月到期，请于 {b.NextDueMonth} 认证",
            _ => $"已认证，下次 {b.NextDueMonth}",
        };
}
