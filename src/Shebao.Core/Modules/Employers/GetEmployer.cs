using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Employers;

public sealed record RollRow(Guid PersonId, string Name, string IdNumberMasked, DateOnly HireDate, decimal WageBase, bool Pension, bool Unemployment, bool Injury,
    string Insurances, string EffectiveMonth, string StatusCode, string Status, string ChangeReason, string? CaseNumber);

public sealed record RollChangeRow(DateTime At, string Name, string IdNumberMasked, string Kind, string Reason, string EffectiveMonth, decimal WageBase, string Status, string? CaseNumber);

public sealed record EmployerDetail(Guid Id, string UnitCode, string CreditCode, string Name, string LegalRepresentative, string Officer, int InjuryRiskClass,
    string OrgUnitCode, string OrgUnitName, int Insured, IReadOnlyList<RollRow> Roll, IReadOnlyList<RollChangeRow> Changes);

/// <summary>One employer of the caller's area with its 参保人员名册 (masked IDs) and its latest 增减 rows; outside the area → 404.</summary>
public sealed class GetEmployerHandler(AppDbContext db, CurrentScope currentScope, AuditTrail audit)
{
    public async Task<Result<EmployerDetail>> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var scope = await currentScope.GetAsync(ct);
        var e = await db.Set<Employer>().AsNoTracking().VisibleTo(scope).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return Result<EmployerDetail>.From(Result.NotFound());
        var unit = await db.OrgUnits.AsNoTracking().Where(o => o.Code == e.OrgUnitCode).Select(o => o.Name).SingleOrDefaultAsync(ct) ?? e.OrgUnitCode;
        var entries = await db.Set<EmployerRollEntry>().AsNoTracking().Where(r => r.EmployerId == id).ToListAsync(ct);
        var roll = entries.OrderBy(r => r.Status, StringComparer.Ordinal).ThenBy(r => r.PersonName, StringComparer.Ordinal)
            .Select(r => new RollRow(r.PersonId, r.PersonName, r.IdNumberMasked, r.HireDate, r.WageBase, r.Pension, r.Unemployment, r.Injury, r.Insurances,
                r.EffectiveMonth, r.Status, RollStatuses.Label(r.Status), r.ChangeReason, r.CaseNumber)).ToList();
        var changes = await db.Set<EmployerRollChange>().AsNoTracking().Where(c => c.EmployerId == id).OrderByDescending(c => c.EffectiveMonth).ThenByDescending(c => c.Id).Take(50)
            .Select(c => new RollChangeRow(c.At, c.PersonName, c.IdNumberMasked, c.Kind, c.Reason, c.EffectiveMonth, c.WageBase, c.StatusAfter, c.CaseNumber)).ToListAsync(ct);
        // The roll names employees: reading it is an access to personal data.
        audit.Record("employer.view", "employer", e.Id.ToString());
        await db.SaveChangesAsync(ct);
        return new EmployerDetail(e.Id, e.UnitCode, e.CreditCode, e.Name, e.LegalRepresentative, e.Officer, e.InjuryRiskClass, e.OrgUnitCode, unit,
            roll.Count(r => r.StatusCode == RollStatuses.Active), roll,
            changes.Select(c => c with { Status = RollStatuses.Label(c.Status) }).ToList());
    }
}
