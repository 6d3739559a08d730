using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Parameters;

/// <summary>
/// The parameter rows as a <see cref="ParameterTable"/>. Every change adds a row, so the highest id tells
/// whether the cached table is current, on every instance sharing the database.
/// </summary>
public sealed class ParameterStore(AppDbContext db, ParameterCache cache)
{
    public async Task<ParameterTable> LoadAsync(CancellationToken ct = default)
    {
        var maxId = await db.PolicyParameters.MaxAsync(p => (long?)p.Id, ct) ?? 0;
        if (cache.Current is { } current && current.MaxId == maxId) return current.Table;
        var table = new ParameterTable(await db.PolicyParameters.AsNoTracking().ToListAsync(ct));
        cache.Current = new ParameterCache.Snapshot(maxId, table);
        return table;
    }

    /// <summary>First start: the seed rows of parameters.seed.json. Later edits are versions on top, never replacements.</summary>
    public static async Task SeedAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct = default)
    {
        // Codes already present keep their (possibly edited) history; a code new to the seed is added on upgrade.
        var present = (await db.PolicyParameters.Select(p => p.Code).Distinct().ToListAsync(ct)).ToHashSet();
        foreach (var row in ParameterSeed.Rows().Where(r => !present.Contains(r.Code)))
        {
            row.Id = 0;
            row.CreatedAt = nowUtc;
            db.PolicyParameters.Add(row);
        }
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>The last loaded table, shared by all requests of this instance (swapping a reference is atomic).</summary>
public sealed class ParameterCache
{
    public sealed record Snapshot(long MaxId, ParameterTable Table);

    public Snapshot? Current { get; set; }
}
