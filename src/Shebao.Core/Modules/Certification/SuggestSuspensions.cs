using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Certification;

public sealed record SuggestedSuspension(Guid BeneficiaryId, Guid PersonId, string Name, string IdNumberMasked, string VillageCode, string Scheme,
    string DueMonth, string SuggestedPauseMonth, int MonthsOverdue);

public sealed record ConfirmSuspensionsCommand(IReadOnlyList<Guid>? BeneficiaryIds, int GraceMonths = SuggestSuspensionsHandler.DefaultGraceMonths, string? Remarks = null);

public sealed record ConfirmSuspensionsReport(int Paused, IReadOnlyList<string> Skipped);

/// <summary>
/// The monthly job: active people whose due month is more than the grace period behind are listed as suggested
/// suspensions (reason 1201, from the month after the due month). It never pauses anyone: see <see cref="ConfirmSuspensionsHandler"/>.
/// </summary>
public sealed class SuggestSuspensionsHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, TimeProvider clock)
{
    public const int DefaultGraceMonths = 1;

    public async Task<Result<IReadOnlyList<SuggestedSuspension>>> HandleAsync(int graceMonths = DefaultGraceMonths, CancellationToken ct = default)
    {
        if (!user.IsInRole(RoleNames.DistrictAdmin) && CertificationAccess.ReviewerScheme(user) is null)
            return Result<IReadOnlyList<SuggestedSuspension>>.From(Result.Forbidden("只有养老中心、工伤中心的审核人员可以生成暂停建议"));
        if (graceMonths is < 0 or > 12) return Result<IReadOnlyList<SuggestedSuspension>>.From(Result.Invalid("graceMonths", "宽限期应为0至12个月"));
        var today = clock.TodayInChina();
        var rows = await Candidates(db.Set<Beneficiary>().AsNoTracking().VisibleTo(user, await currentScope.GetAsync(ct)), today, graceMonths)
            .OrderBy(b => b.VillageCode).ThenBy(b => b.NextDueMonth).ThenBy(b => b.Name).ToListAsync(ct);
        return Result<IReadOnlyList<SuggestedSuspension>>.Ok(Compute(rows, today, graceMonths));
    }

    internal static IQueryable<Beneficiary> Candidates(IQueryable<Beneficiary> rows, DateOnly today, int graceMonths)
    {
        var cutoff = YearMonth.Of(today).AddMonths(-graceMonths).ToString();
        return rows.Where(b => b.Status == BenefitStatuses.Active && string.Compare(b.NextDueMonth, cutoff) < 0);
    }

    /// <summary>Pure: which of these records the job suggests as of <paramref name="today"/>.</summary>
    public static IReadOnlyList<SuggestedSuspension> Compute(IEnumerable<Beneficiary> rows, DateOnly today, int graceMonths) =>
        rows.Where(b => b.Status == BenefitStatuses.Active && CertificationCycle.BeyondGrace(CertificationCycle.Month(b.NextDueMonth), today, graceMonths))
            .Select(b =>
            {
                var due = CertificationCycle.Month(b.NextDueMonth);
                return new SuggestedSuspension(b.Id, b.PersonId, b.Name, b.IdNumberMasked, b.VillageCode, b.Scheme, b.NextDueMonth,
                    CertificationCycle.SuggestedPauseMonth(due).ToString(), YearMonth.MonthsBetween(due, YearMonth.Of(today)));
            }).ToList();
}

/// <summary>The centre confirms some of the suggestions: each is checked again (still active, still beyond grace) and paused with reason 1201.</summary>
public sealed class ConfirmSuspensionsHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<ConfirmSuspensionsReport>> HandleAsync(ConfirmSuspensionsCommand c, CancellationToken ct = default)
    {
        if (CertificationAccess.ReviewerScheme(user) is null)
            return Result<ConfirmSuspensionsReport>.From(Result.Forbidden("只有养老中心、工伤中心的审核人员可以确认暂停"));
        if (c.BeneficiaryIds is not { Count: > 0 } ids) return Result<ConfirmSuspensionsReport>.From(Result.Invalid("beneficiaryIds", "请选择要暂停的人员"));
        if (ids.Count > 1000) return Result<ConfirmSuspensionsReport>.From(Result.Invalid("beneficiaryIds", "一次最多确认1000人"));
        if (c.Remarks is { Length: > 500 }) return Result<ConfirmSuspensionsReport>.From(Result.Invalid("remarks", "备注最多500字"));
        var today = clock.TodayInChina();
        var rows = await db.Set<Beneficiary>().VisibleTo(user, await currentScope.GetAsync(ct)).Where(b => ids.Contains(b.Id)).ToListAsync(ct);
        if (rows.Count == 0) return Result<ConfirmSuspensionsReport>.From(Result.NotFound());
        var still = SuggestSuspensionsHandler.Compute(rows, today, c.GraceMonths).ToDictionary(s => s.BeneficiaryId);
        var skipped = rows.Where(r => !still.ContainsKey(r.Id)).Select(r => $"{r.Name}：已认证或已暂停，不再建议暂停").ToList();
        skipped.AddRange(ids.Except(rows.Select(r => r.Id)).Select(_ => "有人员未找到或不属本中心"));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var b in rows.Where(r => still.ContainsKey(r.Id)))
        {
            BenefitLedger.Pause(db, b, CertificationCycle.Month(still[b.Id].SuggestedPauseMonth), PauseReasons.NotCertified,
                c.Remarks ?? $"逾期未认证（应于 {b.NextDueMonth} 认证），中心确认暂停", user.UserName ?? "", now, null, null);
            audit.Record("certification.suspend", "beneficiary", b.Id.ToString(), reason: $"1201 from {still[b.Id].SuggestedPauseMonth}");
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<ConfirmSuspensionsReport>.From(Result.Conflict("名单已被他人更新，请刷新后重试"));
        }
        return new ConfirmSuspensionsReport(still.Count, skipped);
    }
}
