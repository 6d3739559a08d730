using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Cases;

/// <summary>What an approved case changes in the registry (enrol, change data, suspend, start a benefit …).</summary>
public interface ICaseEffect
{
    /// <summary>Item codes this effect serves; the catalogue decides, one small handler per effect kind.</summary>
    IReadOnlyCollection<string> ItemCodes { get; }

    /// <summary>Runs inside the approving transaction: a failure here rolls the approval back too.</summary>
    Task ApplyAsync(Case approved, AppDbContext db, CancellationToken ct);
}

/// <summary>Finds the effect of an item; items without one (so far all of them) change nothing on approval.</summary>
public sealed class CaseEffects(IEnumerable<ICaseEffect> effects)
{
    private readonly Dictionary<string, ICaseEffect> byItem = effects.SelectMany(e => e.ItemCodes.Select(code => (code, e))).ToDictionary(x => x.code, x => x.e);

    public Task ApplyAsync(Case approved, AppDbContext db, CancellationToken ct) =>
        byItem.TryGetValue(approved.ItemCode, out var effect) ? effect.ApplyAsync(approved, db, ct) : Task.CompletedTask;
}
