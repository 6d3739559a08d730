using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Employers;

/// <summary>One 增减员 approved on this platform, as the A2-01 query shows it (the person masked).</summary>
public sealed record RollChangeLine(string EffectiveMonth, string PersonName, string IdNumberMasked, string KindLabel, string Reason, decimal WageBase, string Insurances, DateOnly HandledOn);

/// <summary>An employer's roll changes in the order they were made: what Queries lists beside the imported history, without reading Employers' tables.</summary>
public sealed class ListRollChanges(AppDbContext db)
{
    public async Task<IReadOnlyList<RollChangeLine>> ForEmployerAsync(Guid employerId, CancellationToken ct = default)
    {
        var changes = await db.Set<EmployerRollChange>().AsNoTracking().Where(c => c.EmployerId == employerId).OrderBy(c => c.Id).ToListAsync(ct);
        return changes.Select(c => new RollChangeLine(c.EffectiveMonth, c.PersonName, c.IdNumberMasked, c.Kind == RollChangeKinds.Add ? "增员" : "减员", c.Reason, c.WageBase,
            Insurances.Label(c.Pension, c.Unemployment, c.Injury), DateOnly.FromDateTime(c.At.AddHours(8)))).ToList();
    }
}
