using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Cards;

public sealed record CardApplicationView(string Name, string Status, string StatusLabel);

public sealed record CardEventView(DateTime At, string By, string? OrgUnitCode, string Action, string ActionLabel, string? From, string To, string? CaseNumber, string? Note);

public sealed record CardHolderView(Guid Id, string Name, string IdNumberMasked);

/// <summary>A card as the counter and the API see it: no PIN, no hash, the phone masked.</summary>
public sealed record CardView(
    Guid Id, CardHolderView Person, string? CardNumber, string? CardIdentifier, string IssuingArea, string Status, string StatusLabel,
    string Bank, DateOnly? IssuedAt, DateOnly? ExpiresOn, DateOnly? LossExpiresOn, string? PhoneMasked, string? Address, string? Postcode,
    string Delivery, string ApplicationNo, string? BatchNo, Guid? ReplacesCardId, bool PinSet, DateTime? PinLockedUntil,
    IReadOnlyList<CardApplicationView> Applications, IReadOnlyList<string> AllowedOperations, IReadOnlyList<CardEventView> Events, string? Notice)
{
    /// <summary>The number of the case the last operation recorded, when the view answers an operation.</summary>
    public string? CaseNumber { get; init; }
}

/// <summary>
/// Loads cards in the caller's scope and brings them up to date: a temporary loss whose period has passed is
/// ended here (event by "system"), so every look at a card sees the same status.
/// </summary>
public sealed class CardReader(AppDbContext db, CurrentScope currentScope, TimeProvider clock)
{
    public const string ExpiryNotice = "临时挂失已到期，卡已自动恢复为挂失前的状态";

    public async Task<Card?> FindAsync(Guid cardId, CancellationToken ct)
    {
        var scope = await currentScope.GetAsync(ct);
        var card = await db.Set<Card>().VisibleTo(db, scope).SingleOrDefaultAsync(c => c.Id == cardId, ct);
        if (card is not null) await ExpireAsync([card], ct);
        return card;
    }

    public async Task<List<Card>> OfPersonAsync(Guid personId, CancellationToken ct)
    {
        var scope = await currentScope.GetAsync(ct);
        var cards = await db.Set<Card>().VisibleTo(db, scope).Where(c => c.PersonId == personId).OrderByDescending(c => c.CreatedAt).ToListAsync(ct);
        await ExpireAsync(cards, ct);
        return cards;
    }

    /// <summary>Ends lapsed temporary losses and saves at once, so the end stands even if the caller's operation fails.</summary>
    public async Task ExpireAsync(IEnumerable<Card> cards, CancellationToken ct)
    {
        var today = clock.TodayInChina();
        var changed = false;
        foreach (var card in cards.Where(c => c.TemporaryLossExpired(today)))
        {
            var until = card.LossExpiresOn;
            var moved = card.Move(CardOperations.Expire, new CardActor("system", null, clock.GetUtcNow().UtcDateTime), note: $"临时挂失有效期至{until:yyyy-MM-dd}");
            if (moved is null) continue;
            db.Add(moved);
            changed = true;
        }
        if (changed) await db.SaveChangesAsync(ct);
    }

    public async Task<CardView> ViewAsync(Card card, int events, CancellationToken ct)
    {
        var person = await db.Persons.AsNoTracking().Where(p => p.Id == card.PersonId).Select(p => new CardHolderView(p.Id, p.Name, p.IdNumberMasked)).SingleAsync(ct);
        var history = await db.Set<CardEvent>().AsNoTracking().Where(e => e.CardId == card.Id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(events)
            .Select(e => new CardEventView(e.At, e.By, e.OrgUnitCode, e.Action, CardOperations.Label(e.Action), e.From, e.To, e.CaseNumber, e.Note)).ToListAsync(ct);
        return View(card, person, history, clock.GetUtcNow().UtcDateTime);
    }

    public static CardView View(Card c, CardHolderView person, IReadOnlyList<CardEventView> events, DateTime now) => new(
        c.Id, person, c.CardNumber, c.CardIdentifier, c.IssuingArea, c.Status, CardStatuses.Label(c.Status), c.Bank, c.IssuedOn, c.ExpiresOn,
        c.Status == CardStatuses.TemporaryLoss ? c.LossExpiresOn : null, c.PhoneMasked, c.Address, c.Postcode, c.Delivery, c.ApplicationNo, c.BatchNo,
        c.ReplacesCardId, c.PinHash is not null, c.PinLockedUntil > now ? c.PinLockedUntil : null,
        [new("社保应用", c.SocialStatus, AppStatuses.Label(c.SocialStatus)), new("金融账户", c.FinancialStatus, AppStatuses.Label(c.FinancialStatus))],
        CardWorkflow.Table.Where(t => t.From == c.Status).Select(t => t.Operation).Where(o => o is not (CardOperations.Expire or CardOperations.Retire)).Distinct().ToList(),
        events, events.Count > 0 && events[0].Action == CardOperations.Expire ? ExpiryNotice : null);
}
