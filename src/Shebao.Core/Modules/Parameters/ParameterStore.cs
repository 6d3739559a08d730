using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Parameters;

/// <summary>Loads the parameter rows (a few hundred at most) into a <see cref="ParameterTable"/> for one calculation.</summary>
public sealed class ParameterStore(AppDbContext db)
{
    public async Task<ParameterTable> LoadAsync(CancellationToken ct = default) =>
        new(await db.PolicyParameters.AsNoTracking().ToListAsync(ct));

    /// <summary>First start: the seed rows of parameters.seed.json. Later edits are versions on top, never replacements.</summary>
    public static async Task SeedAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct = default)
    {
        if (await db.PolicyParameters.AnyAsync(ct)) return;
        foreach (var row in ParameterSeed.Rows())
        {
            row.Id = 0;
            row.CreatedAt = nowUtc;
            db.PolicyParameters.Add(row);
        }
        await db.SaveChangesAsync(ct);
    }
}
