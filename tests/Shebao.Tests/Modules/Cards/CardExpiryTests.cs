using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shebao.Core.Modules.Cards;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Cards;

/// <summary>A temporary loss ends by itself after its period: checked with an injected clock, through the card reader every look uses.</summary>
[Trait("Category", "Db")]
public sealed class CardExpiryTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private async Task<(string Status, string? Notice, int ExpireEvents, string? Summary)> LookAsync(Guid cardId, Guid personId, FakeTimeProvider clock) =>
        await App.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var reader = new CardReader(db, sp.GetRequiredService<CurrentScope>(), clock);
            var card = (await reader.FindAsync(cardId, default))!;
            var view = await reader.ViewAsync(card, 5, default);
            var events = await db.Set<CardEvent>().CountAsync(e => e.CardId == cardId && e.Action == CardOperations.Expire);
            var section = await new CardSection().GetAsync(personId, db, clock.TodayInChina(), default);
            return (view.Status, view.Notice, events, section?.Summary);
        }, TestUsers.VillageClerk());

    [Fact]
    public async Task TemporaryLoss_ReturnsToNormal_WhenItsPeriodHasPassed_AndSaysSo()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var card = await CardData.CardAsync(App, CardStatuses.TemporaryLoss, pin: "580731",
            adjust: c => c.LossExpiresOn = clock.TodayInChina().AddDays(App.Services.GetRequiredService<CardOptions>().TemporaryLossDays));

        clock.Advance(TimeSpan.FromDays(29));
        var before = await LookAsync(card.CardId, card.PersonId, clock);
        Assert.Equal((CardStatuses.TemporaryLoss, (string?)null, 0), (before.Status, before.Notice, before.ExpireEvents));

        clock.Advance(TimeSpan.FromDays(1));
        var after = await LookAsync(card.CardId, card.PersonId, clock);
        Assert.Equal((CardStatuses.Normal, CardReader.ExpiryNotice, 1), (after.Status, after.Notice, after.ExpireEvents));
        Assert.Contains("正常", after.Summary, StringComparison.Ordinal);
        var stored = await CardData.LoadAsync(App, card.CardId);
        Assert.Equal((CardStatuses.Normal, AppStatuses.Active, (DateOnly?)null), (stored.Status, stored.SocialStatus, stored.LossExpiresOn));

        // Looking again writes nothing more.
        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, (await LookAsync(card.CardId, card.PersonId, clock)).ExpireEvents);
    }

    [Fact]
    public async Task PersonSection_ComputesTheExpiryWithoutWriting()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var card = await CardData.CardAsync(App, CardStatuses.TemporaryLoss, adjust: c => c.LossExpiresOn = clock.TodayInChina().AddDays(30));
        clock.Advance(TimeSpan.FromDays(31));
        var section = await App.InScopeAsync(sp => new CardSection().GetAsync(card.PersonId, sp.GetRequiredService<AppDbContext>(), clock.TodayInChina(), default));
        Assert.StartsWith(card.CardNumber!, section!.Summary, StringComparison.Ordinal);
        Assert.Contains(section.Facts, f => f.Warning && f.Value.Contains("到期", StringComparison.Ordinal));
        Assert.Equal(CardStatuses.TemporaryLoss, (await CardData.LoadAsync(App, card.CardId)).Status);
    }

    [Fact]
    public async Task TemporaryLossDays_AreConfigurable()
    {
        await using var app = await TestApp.StartAsync(demoPersons: 5, settings: [new("Cards:TemporaryLossDays", "15")]);
        Assert.Equal(15, app.Services.GetRequiredService<CardOptions>().TemporaryLossDays);
        var card = await CardData.CardAsync(app, CardStatuses.Normal, pin: "580731");
        var clerk = await app.ApiClientAsync("shunhe.clerk");
        var response = await clerk.PostAsync($"/api/v1/cards/{card.CardId}/report-loss", System.Net.Http.Json.JsonContent.Create(new { kind = "temporary" }));
        response.EnsureSuccessStatusCode();
        var stored = await CardData.LoadAsync(app, card.CardId);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(15), stored.LossExpiresOn);
    }
}
