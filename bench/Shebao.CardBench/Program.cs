using Shebao.Core.Platform.Security;
using Shebao.Bench;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Cards;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

// Card operations per second through the real handlers on a real database (no HTTP), one at a time as at a counter.
// Usage: dotnet run -c Release --project bench/Shebao.CardBench -- [cards] [Sqlite|Postgres] [pg-connection]
var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
var provider = args.Length > 1 ? args[1] : "Sqlite";
var host = await BenchHost.StartAsync("shebao-cardbench", n * 8, provider, args.Length > 2 ? args[2] : "");
var township = BenchHost.As("shihe.clerk", RoleNames.TownshipClerk, "341504001");
var centre = BenchHost.As("xx.review", RoleNames.DistrictReviewer, "341504-XX");

// Adults of 史河街道 without a card, with their ID numbers (the bench stands in for the counter).
var persons = await host.Scoped(township, async sp =>
{
    var db = sp.GetRequiredService<AppDbContext>();
    var crypto = sp.GetRequiredService<Shebao.Core.Platform.Crypto.ICryptoProvider>();
    var adult = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-18);
    var rows = await db.Persons.AsNoTracking().Where(p => p.OrgPath.StartsWith("/341504/341504001/") && p.BirthDate < adult && !db.Set<Card>().Any(c => c.PersonId == p.Id))
        .Take(n).Select(p => new { p.Name, p.IdNumberCipher }).ToListAsync();
    return rows.Select(r => (r.Name, Id: crypto.Decrypt(r.IdNumberCipher))).ToList();
});

var rowsOut = new List<(string Operation, int Count, double Seconds)>();
async Task<List<T>> Measure<T>(string operation, IEnumerable<Func<Task<Result<T>>>> calls)
{
    var results = new List<T>();
    var watch = Stopwatch.StartNew();
    foreach (var call in calls)
    {
        var r = await call();
        if (!r.IsSuccess) throw new InvalidOperationException($"{operation}: {r.Kind} {r.Message}");
        results.Add(r.Value!);
    }
    rowsOut.Add((operation, results.Count, watch.Elapsed.TotalSeconds));
    return results;
}

var applied = await Measure("申领 apply (A2-24)", persons.Select(p => (Func<Task<Result<CardView>>>)(() => host.Scoped(township, sp =>
    sp.GetRequiredService<ApplyForCardHandler>().HandleAsync(new ApplyForCardCommand(p.Id, p.Name, "中国农业银行", "pickup", null, "standard", "13800138000", null, null, null, null, null, null, null))))));
var ids = applied.Select(c => c.Id).ToList();

var batch = await Measure("bureau export (one batch file)", [() => host.Scoped(centre, sp => sp.GetRequiredService<ExportCardBatchHandler>().HandleAsync())]);
var import = new StringBuilder(CardBureau.ImportHeader).Append('\n');
var k = 0;
foreach (var line in Encoding.UTF8.GetString(batch[0].Content).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1))
    import.Append(CultureInfo.InvariantCulture, $"{line.Split(',')[1]},B{++k:00000000},{Guid.NewGuid():N},ready,2026-11-20,2036-11-20\n");
await Measure("bureau import (one result file)", [() => host.Scoped(centre, sp => sp.GetRequiredService<ImportCardResultsHandler>().HandleAsync(import.ToString()))]);

await Measure("领卡 collect", ids.Select(id => (Func<Task<Result<CardView>>>)(() => host.Scoped(township, sp => sp.GetRequiredService<CollectCardHandler>().HandleAsync(id)))));
await Measure("启用 activate (A1-15, PIN hashed)", ids.Select(id => (Func<Task<Result<CardView>>>)(() => host.Scoped(township, sp => sp.GetRequiredService<CardOperationHandler>().HandleAsync(new CardOperationCommand(id, "activate", NewPin: "580731"))))));
await Measure("临时挂失 temporary loss (A1-16)", ids.Select(id => (Func<Task<Result<CardView>>>)(() => host.Scoped(township, sp => sp.GetRequiredService<CardOperationHandler>().HandleAsync(new CardOperationCommand(id, "report-loss", Kind: "temporary"))))));
await Measure("解挂 cancel loss (A1-16)", ids.Select(id => (Func<Task<Result<CardView>>>)(() => host.Scoped(township, sp => sp.GetRequiredService<CardOperationHandler>().HandleAsync(new CardOperationCommand(id, "cancel-loss"))))));
await Measure("信息变更 change info (A1-18)", ids.Select(id => (Func<Task<Result<CardView>>>)(() => host.Scoped(township, sp =>
    sp.GetRequiredService<CardOperationHandler>().HandleAsync(new CardOperationCommand(id, "change-info", Info: new ChangeCardInfoCommand("13955501234", "史河街道某组", "237000")))))));
await Measure("密码修改 change PIN (A1-17, verify + hash)", ids.Select(id => (Func<Task<Result<CardView>>>)(() => host.Scoped(township, sp => sp.GetRequiredService<CardOperationHandler>().HandleAsync(new CardOperationCommand(id, "change-pin", OldPin: "580731", NewPin: "739251"))))));
await Measure("应用状态查询 status query (A2-26)", ids.Select(id => (Func<Task<Result<CardView>>>)(() => host.Scoped(township, sp => sp.GetRequiredService<GetCardStatusHandler>().HandleAsync(id)))));
await Measure("状态证明 PDF", ids.Take(100).Select(id => (Func<Task<Result<Shebao.Core.Modules.Printing.PrintedPdf>>>)(() => host.Scoped(township, sp => sp.GetRequiredService<Shebao.Core.Modules.Printing.PrintCardStatusHandler>().HandleAsync(id)))));

var iterations = host.App.Services.GetRequiredService<CardOptions>().PinIterations;
Console.WriteLine($"Card benchmark on {provider} ({Environment.ProcessorCount} CPUs), handlers called in process, one at a time; PBKDF2 {iterations:N0} iterations");
Console.WriteLine();
Console.WriteLine("| operation | count | ops/s | ms per op |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var (operation, count, seconds) in rowsOut)
    Console.WriteLine($"| {operation} | {count} | {count / seconds:N0} | {seconds * 1000 / count:0.0} |");
await host.DisposeAsync();
