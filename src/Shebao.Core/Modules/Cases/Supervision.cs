using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cases;

/// <summary>定期核查: a township's (or village's own) regular check of a village's case handling.</summary>
public sealed class RegularCheck
{
    public Guid Id { get; set; }
    public string OrgUnitCode { get; set; } = "";
    public string OrgPath { get; set; } = "";
    public DateOnly CheckedOn { get; set; }
    public string Findings { get; set; } = "";
    public string? FollowUp { get; set; }
    public string CheckedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

public sealed record SupervisionRow(string Code, string Name, int Open, int Returned, int Overdue, int ApprovedThisMonth, DateOnly? LastCheckedOn);

public sealed record SupervisionView(string Title, IReadOnlyList<SupervisionRow> Rows, IReadOnlyList<RegularCheck> Checks);

/// <summary>
/// Counts per unit: a township clerk sees each of its villages; the district (reviewers, administrators) each
/// township and each centre. Open = accepted or submitted; overdue = open and past the due date.
/// </summary>
public sealed class SupervisionHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, TimeProvider clock)
{
    public async Task<Result<SupervisionView>> HandleAsync(CancellationToken ct = default)
    {
        var scope = await currentScope.GetAsync(ct);
        var unit = await currentScope.UnitAsync(ct);
        if (unit is null || scope.SeesNothing) return Result<SupervisionView>.From(Result.Forbidden("您没有可督查的单位"));
        var today = clock.TodayInChina();
        var monthStart = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-8);
        var district = user.IsInRole(RoleNames.DistrictAdmin) || user.IsInRole(RoleNames.DistrictReviewer);
        var cases = db.Set<Case>().AsNoTracking().VisibleTo(user, scope);
        // Group by the unit one level below the viewer: villages for a township, townships (or centres) for the district.
        var level = district ? 2 : 3;
        var rows = await cases.Select(c => new { c.OrgPath, c.Status, c.DueDate, c.UpdatedAt }).ToListAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Where(o => o.Path.StartsWith(district ? OrgScope.DistrictPath : unit.Path) && o.ValidTo == null)
            .ToListAsync(ct);
        var childUnits = unit.Kind == OrgKinds.Village ? [unit]
            : units.Where(o => o.Path.Count(ch => ch == '/') == level + 1).OrderBy(o => o.Path, StringComparer.Ordinal).ToList();
        var checks = await db.Set<RegularCheck>().AsNoTracking().Where(r => r.OrgPath.StartsWith(unit.Path)).OrderByDescending(r => r.CheckedOn).Take(50).ToListAsync(ct);
        var result = childUnits.Select(u =>
        {
            var mine = rows.Where(r => r.OrgPath.StartsWith(u.Path, StringComparison.Ordinal)).ToList();
            return new SupervisionRow(u.Code, u.Name,
                mine.Count(r => r.Status is CaseStatuses.Accepted or CaseStatuses.Submitted),
                mine.Count(r => r.Status == CaseStatuses.Returned),
                mine.Count(r => CaseStatuses.IsOpen(r.Status) && r.DueDate is { } d && d < today),
                mine.Count(r => r.Status == CaseStatuses.Approved && r.UpdatedAt >= monthStart),
                checks.Where(c => c.OrgPath.StartsWith(u.Path, StringComparison.Ordinal)).Select(c => (DateOnly?)c.CheckedOn).FirstOrDefault());
        }).ToList();
        return new SupervisionView(district ? "区级总览（按乡镇街道和区级中心）" : $"{unit.Name}：所辖村（社区）办件", result, checks);
    }
}

public sealed record RecordCheckCommand(string? OrgUnitCode, DateOnly? CheckedOn, string? Findings, string? FollowUp);

/// <summary>Records a 定期核查 of a village in the user's area (the township for its villages, a village for itself).</summary>
public sealed class RecordRegularCheckHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result> HandleAsync(RecordCheckCommand c, CancellationToken ct = default)
    {
        if (!user.IsInRole(RoleNames.TownshipClerk) && !user.IsInRole(RoleNames.VillageClerk)) return Result.Forbidden("只有乡镇（街道）和村（社区）经办员记录定期核查");
        var scope = await currentScope.GetAsync(ct);
        var village = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(o => o.Code == c.OrgUnitCode && o.Kind == OrgKinds.Village && o.ValidTo == null, ct);
        var errors = new FieldErrors();
        if (village is null || !scope.Covers(village.Path)) errors.Add("orgUnitCode", "请选择本辖区的村（社区）");
        var today = clock.TodayInChina();
        if (c.CheckedOn is null) errors.Add("checkedOn", "请填写核查日期");
        else if (c.CheckedOn > today) errors.Add("checkedOn", "核查日期不能晚于今天");
        var findings = c.Findings?.Trim() ?? "";
        if (findings.Length is 0 or > 1000) errors.Add("findings", "请填写核查发现（最多1000字）");
        if ((c.FollowUp?.Length ?? 0) > 1000) errors.Add("followUp", "整改跟进最多1000字");
        if (errors.Any) return errors.ToResult();
        var check = new RegularCheck
        {
            Id = Guid.CreateVersion7(), OrgUnitCode = village!.Code, OrgPath = village.Path, CheckedOn = c.CheckedOn!.Value, Findings = findings,
            FollowUp = string.IsNullOrWhiteSpace(c.FollowUp) ? null : c.FollowUp.Trim(), CheckedBy = user.UserName ?? "", CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(check);
        audit.Record("case.regular-check", "org-unit", village.Code, fields: ["findings", "followUp"]);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
