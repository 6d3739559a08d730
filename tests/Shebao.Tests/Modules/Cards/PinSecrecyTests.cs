using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shebao.Core.Modules.Cards;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Cards;

/// <summary>After every PIN operation, no PIN (nor a wrong guess) is anywhere in the database outside the hash column, or in any log line.</summary>
[Trait("Category", "Db")]
public sealed class PinSecrecyTests
{
    private sealed class CaptureLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CaptureLogs owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull
            {
                owner.Lines.Enqueue($"{category} scope {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                owner.Lines.Enqueue($"{category} {formatter(state, exception)} {values} {exception}");
            }
        }
    }

    [Fact]
    public async Task Pins_AppearNowhere_ButAsHashes()
    {
        var logs = new CaptureLogs();
        await using var app = await TestApp.StartAsync(demoPersons: 5, settings: [new("Logging:LogLevel:Default", "Trace"), new("Logging:LogLevel:Microsoft", "Trace")]);
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        string[] secrets = ["739251", "846302", "297364", "510846", "364819"];
        var card = await CardData.CardAsync(app, CardStatuses.Unactivated);
        var clerk = await app.ApiClientAsync("shunhe.clerk");

        async Task Expect(HttpStatusCode status, string operation, object body) =>
            Assert.Equal(status, (await clerk.PostAsJsonAsync($"/api/v1/cards/{card.CardId}/{operation}", body)).StatusCode);
        await Expect(HttpStatusCode.OK, "activate", new { newPin = secrets[0] });
        await Expect(HttpStatusCode.OK, "change-pin", new { oldPin = secrets[0], newPin = secrets[1] });
        await Expect(HttpStatusCode.BadRequest, "change-pin", new { oldPin = secrets[2], newPin = secrets[3] });   // a wrong guess
        await Expect(HttpStatusCode.OK, "reset-pin", new { newPin = secrets[4] });
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/v1/cards/{card.CardId}/status.pdf")).StatusCode);

        var hits = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var found = new List<string>();
            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
            {
                var table = entity.GetTableName()!;
                foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string)))
                {
                    if (entity.ClrType == typeof(Card) && property.Name == nameof(Card.PinHash)) continue;
                    var column = property.GetColumnName();
#pragma warning disable EF1002 // identifiers come from the model, not from input
                    var values = await db.Database.SqlQueryRaw<string>($"SELECT \"{column}\" AS \"Value\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL").ToListAsync();
#pragma warning restore EF1002
                    found.AddRange(values.Where(v => secrets.Append(card.CardNumber!).Any(s => v.Contains(s, StringComparison.Ordinal))).Select(v => $"{table}.{column}:{(v.Contains(card.CardNumber!, StringComparison.Ordinal) ? "card" : "pin")}"));
                }
            }
            return found;
        });
        // The scan does find what is there (the card number), and no PIN.
        Assert.Contains("Cards.CardNumber:card", hits);
        Assert.DoesNotContain(hits, h => h.EndsWith(":pin", StringComparison.Ordinal));
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => secrets.Any(s => line.Contains(s, StringComparison.Ordinal)));
        var stored = await CardData.LoadAsync(app, card.CardId);
        Assert.StartsWith("pbkdf2-sha256$", stored.PinHash, StringComparison.Ordinal);
    }
}
