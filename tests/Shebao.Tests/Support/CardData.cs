using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Cards;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;

namespace Shebao.Tests.Support;

public sealed record TestCard(Guid CardId, Guid PersonId, string IdNumber, string Name, string? CardNumber);

/// <summary>Builds cards in a chosen status for demo persons who have none yet (each call takes another person).</summary>
public static class CardData
{
    public const string Shunhe = "341504001003";
    private static int sequence;

    /// <summary>A new adult person of the village (fresh each call, so tests never share a card holder).</summary>
    public static async Task<TestCard> PersonWithoutCardAsync(TestApp app, string village = Shunhe) => await app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var unit = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Code == village);
        var n = Interlocked.Increment(ref sequence);
        var first17 = $"341504{1960 + Random.Shared.Next(0, 40)}{Random.Shared.Next(1, 13):00}{Random.Shared.Next(1, 29):00}{n % 1000:000}";
        var id = first17 + IdNumber.CheckChar(first17);
        var name = "测试" + "甲乙丙丁戊己庚辛壬癸"[n % 10] + "子丑寅卯辰巳午未申酉戌亥"[n / 10 % 12];
        var person = NewPerson.Create(new NewPersonData(name, id, "13800138000", null, null, "叶集区测试地址", "01", HouseholdTypes.Rural, "第1组", SpecialIdentities.Ordinary),
            unit, sp.GetRequiredService<ICryptoProvider>(), DateTime.UtcNow);
        db.Persons.Add(person);
        await db.SaveChangesAsync();
        return new TestCard(Guid.Empty, person.Id, id, name, null);
    });

    public static async Task<TestCard> CardAsync(TestApp app, string status, string? pin = null, string village = Shunhe, Action<Card>? adjust = null)
    {
        var person = await PersonWithoutCardAsync(app, village);
        return await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var n = Interlocked.Increment(ref sequence);
            var produced = status is not (CardStatuses.Applied or CardStatuses.Producing);
            var card = new Card
            {
                Id = Guid.CreateVersion7(), PersonId = person.PersonId, Status = status, Bank = "中国农业银行",
                CardNumber = produced ? $"T{Environment.ProcessId % 1000:000}{n:00000}" : null, CardIdentifier = produced ? $"341500D156000005{n:X16}" : null,
                IssuedOn = produced ? new DateOnly(2025, 1, 1) : null, ExpiresOn = produced ? new DateOnly(2035, 1, 1) : null,
                SocialStatus = AppStatuses.SocialFor(status), FinancialStatus = AppStatuses.FinancialFor(status, AppStatuses.BankPending),
                StatusBeforeLoss = CardStatuses.IsLoss(status) ? CardStatuses.Normal : null,
                ApplicationNo = $"TEST{Environment.ProcessId}-{n}", BatchNo = status == CardStatuses.Producing ? "PCTEST" : null,
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, Version = 1,
            };
            if (pin is not null) card.PinHash = sp.GetRequiredService<CardPins>().Hash(card.Id, pin);
            adjust?.Invoke(card);
            db.Add(card);
            await db.SaveChangesAsync();
            return person with { CardId = card.Id, CardNumber = card.CardNumber };
        });
    }

    public static Task<Card> LoadAsync(TestApp app, Guid cardId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Card>().AsNoTracking().SingleAsync(c => c.Id == cardId));
}
