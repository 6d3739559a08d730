using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cards;

/// <summary>
/// 领卡: a produced card is handed over (or posted) and becomes 未启用. The card it replaces, if any, is
/// cancelled now: the old card is cancelled when the new one is issued.
/// </summary>
public sealed class CollectCardHandler(AppDbContext db, CardReader reader, ICurrentUser user, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<CardView>> HandleAsync(Guid cardId, CancellationToken ct = default)
    {
        var card = await reader.FindAsync(cardId, ct);
        if (card is null) return Result<CardView>.From(Result.NotFound());
        var actor = new CardActor(user.UserName ?? "", user.OrgUnitCode, clock.GetUtcNow().UtcDateTime);
        var moved = card.Move(CardOperations.Collect, actor, note: card.Delivery == "mail" ? "邮寄" : "网点自取");
        if (moved is null) return Result<CardView>.From(Result.Conflict(CardWorkflow.Refusal(card.Status, CardOperations.Collect)));
        db.Add(moved);
        if (card.ReplacesCardId is { } oldId && await db.Set<Card>().SingleOrDefaultAsync(c => c.Id == oldId, ct) is { } old
            && old.Move(CardOperations.Retire, actor, note: $"新卡{card.CardNumber}已领取") is { } retired)
        {
            db.Add(retired);
        }
        PersonHistory.Record(db, card.PersonId, "card", "领取社会保障卡", null, CardRules.Snapshot(card), actor.By, actor.At);
        audit.Record("card.collect", "card", card.Id.ToString());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<CardView>.From(Result.Conflict("该卡刚由他人办理了其他业务，请刷新后重试"));
        }
        return await reader.ViewAsync(card, 10, ct);
    }
}
