using Shebao.Core.Modules.Auditing;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cards;

/// <summary>应用状态查询 (A2-26): the card, each application's status and the recent events. A query item: audited, no case.</summary>
public sealed class GetCardStatusHandler(AppDbContext db, CardReader reader, AuditTrail audit)
{
    public async Task<Result<CardView>> HandleAsync(Guid cardId, CancellationToken ct = default)
    {
        var card = await reader.FindAsync(cardId, ct);
        if (card is null) return Result<CardView>.From(Result.NotFound());
        audit.Record("card.query", "card", card.Id.ToString(), fields: ["status", "applications", "events"]);
        await db.SaveChangesAsync(ct);
        return await reader.ViewAsync(card, 20, ct);
    }
}
