using System.Globalization;
using Shebao.Core.Modules.Employers;

namespace Shebao.Core.Modules.Queries;

/// <summary>
/// A2-01 lists the core system's 增减 history (imported) and the additions and removals approved on this platform
/// (A2-03/A2-04, module Employers), which the core system has not sent back yet. Keys as the dataset's fields.
/// </summary>
internal sealed class RollChangesQuery(ListRollChanges rollChanges) : IQueryRowSource
{
    public string ItemCode => "A2-01";

    public async Task<IReadOnlyList<(string Period, IReadOnlyDictionary<string, string> Row)>> RowsAsync(ResolvedSubject subject, CancellationToken ct)
    {
        if (subject.EmployerId is not { } employerId) return [];
        var changes = await rollChanges.ForEmployerAsync(employerId, ct);
        return changes.Select(c => (c.EffectiveMonth, (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
        {
            ["period"] = c.EffectiveMonth,
            ["name"] = c.PersonName,
            ["idNumber"] = c.IdNumberMasked,
            ["kind"] = c.KindLabel,
            ["reason"] = c.Reason,
            ["effectiveMonth"] = c.EffectiveMonth,
            ["wageBase"] = c.WageBase.ToString("0.00", CultureInfo.InvariantCulture),
            ["insurances"] = c.Insurances,
            ["handledAt"] = c.HandledOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        })).ToList();
    }
}
