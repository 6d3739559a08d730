using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Cards.Demo;

/// <summary>
/// Demo cards for the known demo persons: 王秀兰 normal (training PIN 580731), 李桂英 unactivated, 张德山 normal;
/// and a normal card (same PIN) for each generated retiree on the certification due lists.
/// Idempotent: does nothing once any card exists.
/// </summary>
internal static class CardsDemo
{
    public const string TrainingPin = "580731";

    public static async Task SeedAsync(AppDbContext db, ICryptoProvider crypto, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.Set<Card>().AnyAsync(ct)) return;
        var pins = new CardPins(crypto, new CardOptions());
        var now = clock.GetUtcNow().UtcDateTime;
        var demo = new (string Id, string Number, string Status)[]
        {
            ("341504196503150027", "YJ0000001", CardStatuses.Normal),
            ("341504195807120041", "YJ0000002", CardStatuses.Unactivated),
            ("34052419800101001X", "YJ0000003", CardStatuses.Normal),
        };
        var lookup = new PersonLookup(db, crypto, new Organisations.CurrentScope(db, Platform.Security.FixedCurrentUser.System));
        var n = 0;
        foreach (var (id, number, status) in demo)
        {
            n++;
            if ((await lookup.InDistrictAsync(id, ct)).Value is not { } found) continue;
            var person = await db.Persons.AsNoTracking().Where(p => p.Id == found.Id).Select(p => new { p.Id, p.Address, p.PhoneCipher, p.PhoneMasked }).SingleAsync(ct);
            var card = new Card
            {
                Id = Guid.CreateVersion7(), PersonId = person.Id, CardNumber = number, CardIdentifier = $"341500D156000005{n:X16}", Bank = "中国农业银行",
                IssuedOn = new DateOnly(2024, 3, 1), ExpiresOn = new DateOnly(2034, 3, 1), Status = status, SocialStatus = AppStatuses.SocialFor(status),
                FinancialStatus = status == CardStatuses.Normal ? AppStatuses.Active : AppStatuses.BankPending,
                PhoneCipher = person.PhoneCipher, PhoneMasked = person.PhoneMasked, Address = person.Address, ApplicationNo = $"DEMO{n:0000}",
                CreatedAt = now, UpdatedAt = now, Version = 1,
            };
            if (status == CardStatuses.Normal) card.PinHash = pins.Hash(card.Id, TrainingPin);
            db.Add(card);
            db.Add(new CardEvent { CardId = card.Id, PersonId = person.Id, At = now, By = "system", Action = CardOperations.Collect, To = status, Note = "演示数据" });
        }
        // The generated retirees on the due lists are paid to their card: each has a normal card.
        var retirees = await Certification.Demo.DemoRetirees.ListAsync(db, crypto, ct);
        var ids = retirees.Select(r => r.PersonId).ToList();
        var holders = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Address, p.PhoneCipher, p.PhoneMasked, p.BankName }).ToDictionaryAsync(p => p.Id, ct);
        foreach (var r in retirees)
        {
            n++;
            var person = holders[r.PersonId];
            var card = new Card
            {
                Id = Guid.CreateVersion7(), PersonId = person.Id, CardNumber = $"YJ1{n:000000}", CardIdentifier = $"341500D156000005{n:X16}", Bank = person.BankName ?? "中国农业银行",
                IssuedOn = new DateOnly(2021, 5, 1), ExpiresOn = new DateOnly(2031, 5, 1), Status = CardStatuses.Normal, SocialStatus = AppStatuses.SocialFor(CardStatuses.Normal),
                FinancialStatus = AppStatuses.Active, PhoneCipher = person.PhoneCipher, PhoneMasked = person.PhoneMasked, Address = person.Address, ApplicationNo = $"DEMO{n:0000}",
                CreatedAt = now, UpdatedAt = now, Version = 1,
            };
            card.PinHash = pins.Hash(card.Id, TrainingPin);
            db.Add(card);
            db.Add(new CardEvent { CardId = card.Id, PersonId = person.Id, At = now, By = "system", Action = CardOperations.Collect, To = CardStatuses.Normal, Note = "演示数据" });
        }
        await db.SaveChangesAsync(ct);
    }
}
