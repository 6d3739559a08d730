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
            if ((await lookup.InDistrictAsync(id, ct)).Value is { } found)
                await AddCardAsync(found.Id, number, status, "中国农业银行", new DateOnly(2024, 3, 1));
        }
        // The generated retirees on the due lists are paid to their card: each has a normal card.
        foreach (var r in await Certification.Demo.DemoRetirees.ListAsync(db, crypto, ct))
        {
            n++;
            var bank = await db.Persons.Where(p => p.Id == r.PersonId).Select(p => p.BankName).SingleAsync(ct);
            await AddCardAsync(r.PersonId, $"YJ1{n:000000}", CardStatuses.Normal, bank ?? "中国农业银行", new DateOnly(2021, 5, 1));
        }
        await db.SaveChangesAsync(ct);

        async Task AddCardAsync(Guid personId, string number, string status, string bank, DateOnly issued)
        {
            var person = await db.Persons.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Id, p.Address, p.PhoneCipher, p.PhoneMasked }).SingleAsync(ct);
            var card = new Card
            {
                Id = Guid.CreateVersion7(), PersonId = person.Id, CardNumber = number, CardIdentifier = $"341500D156000005{n:X16}", Bank = bank,
                IssuedOn = issued, ExpiresOn = issued.AddYears(10), Status = status, SocialStatus = AppStatuses.SocialFor(status),
                FinancialStatus = status == CardStatuses.Normal ? AppStatuses.Active : AppStatuses.BankPending,
                PhoneCipher = person.PhoneCipher, PhoneMasked = person.PhoneMasked, Address = person.Address, ApplicationNo = $"DEMO{n:0000}",
                CreatedAt = now, UpdatedAt = now, Version = 1,
            };
            if (status == CardStatuses.Normal) card.PinHash = pins.Hash(card.Id, TrainingPin);
            db.Add(card);
            db.Add(new CardEvent { CardId = card.Id, PersonId = person.Id, At = now, By = "system", Action = CardOperations.Collect, To = status, Note = "演示数据" });
        }
    }
}
