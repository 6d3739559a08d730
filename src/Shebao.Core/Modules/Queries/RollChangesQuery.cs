using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Employers;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Queries;

/// <summary>
/// A2-01 lists the core system's 增减 history (imported) and the additions and removals approved on this platform
/// (A2-03/A2-04, module Employers), which the core system has not sent back yet. Keys as the dataset's fields.
/// </summary>
public sealed class RollChangesQuery(AppDbContext db) : IQueryRowSource
{
    public string ItemCode => "A2-01";

    public async Task<IReadOnlyList<(string Period, IReadOnlyDictionary<string, string> Row)>> RowsAsync(ResolvedSubject subject, CancellationToken ct)
    {
        if (subject.EmployerId is not { } employerId) return [];
        var changes = await db.Set<EmployerRollChange>().AsNoTracking().Where(c => c.EmployerId == employerId).OrderBy(c => c.Id).ToListAsync(ct);
        return changes.Select(c => (c.EffectiveMonth, (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
        {
            ["period"] = c.EffectiveMonth,
            ["name"] = c.PersonName,
            ["idNumber"] = c.IdNumberMasked,
            ["kind"] = c.Kind == RollChangeKinds.Add ? "增员" : "减员",
            ["reason"] = c.Reason,
            ["effectiveMonth"] = c.EffectiveMonth,
            ["wageBase"] = c.WageBase.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            ["insurances"] = Insurances.Label(c.Pension, c.Unemployment, c.Injury),
            ["handledAt"] = c.At.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })).ToList();
    }
}
