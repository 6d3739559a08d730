using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Parameters;

public sealed record ParameterSummary(string Code, string Name, string Unit, int Versions, PolicyParameter? Current, bool AnyToConfirm);

/// <summary>Every parameter code with its version in force today (or its latest one) and its full history.</summary>
public sealed class ListParametersHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ParameterSummary>> HandleAsync(CancellationToken ct = default)
    {
        var today = Platform.Clock.DateTimeExtensions.TodayInChina(clock);
        var rows = await db.PolicyParameters.AsNoTracking().ToListAsync(ct);
        var table = new ParameterTable(rows);
        return rows.GroupBy(r => r.Code).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ParameterSummary(g.Key, g.OrderBy(r => r.ValidFrom).Last().Name, g.First().Unit, g.Count(),
                table.Find(g.Key, today) ?? table.Latest(g.Key), g.Any(r => r.ToConfirm && r.ClosedAt == null)))
            .ToList();
    }

    public async Task<IReadOnlyList<PolicyParameter>> HistoryAsync(string code, CancellationToken ct = default) =>
        (await db.PolicyParameters.AsNoTracking().Where(p => p.Code == code).ToListAsync(ct))
            .OrderBy(p => p.RegionCode, StringComparer.Ordinal).ThenBy(p => p.ValidFrom).ThenBy(p => p.Id).ToList();
}
