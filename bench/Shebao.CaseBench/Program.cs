using Shebao.Core.Platform.Security;
using Shebao.Bench;
using System.Security.Claims;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Platform.Data;

// Case throughput and worklist latency through the real handlers on a real database (no HTTP).
// Usage: dotnet run -c Release --project bench/Shebao.CaseBench -- [cases-to-create] [bulk-cases-for-worklist] [Sqlite|Postgres] [pg-connection]
var create = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 500;
var bulk = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
var provider = args.Length > 2 ? args[2] : "Sqlite";
var host = await BenchHost.StartAsync("shebao-casebench", 20000, provider, args.Length > 3 ? args[3] : "");
var township = BenchHost.As("shihe.clerk", RoleNames.TownshipClerk, "341504001");
var reviewer = BenchHost.As("jb.review", RoleNames.DistrictReviewer, "341504-JB");
var village = BenchHost.As("shunhe.clerk", RoleNames.VillageClerk, "341504001003");

// Persons of 史河街道 with their ID numbers (the bench may decrypt: it stands in for the counter).
var persons = await host.Scoped(township, async sp =>
{
    var db = sp.GetRequiredService<AppDbContext>();
    var crypto = sp.GetRequiredService<Shebao.Core.Platform.Crypto.ICryptoProvider>();
    var rows = await db.Persons.AsNoTracking().Where(p => p.OrgPath.StartsWith("/341504/341504001/")).Take(create).Select(p => new { p.Name, p.IdNumberCipher }).ToListAsync();
    return rows.Select(r => (r.Name, Id: crypto.Decrypt(r.IdNumberCipher))).ToList();
});

var form = new Dictionary<string, string?> { ["changeItem"] = "address", ["newAddress"] = "史河街道某组", ["reason"] = "搬家" };
var watch = Stopwatch.StartNew();
var ids = new List<Guid>();
foreach (var (name, id) in persons)
{
    var created = await host.Scoped(township, sp => sp.GetRequiredService<CreateCaseHandler>().HandleAsync(new CreateCaseCommand("A1-04", id, name, form, Guid.NewGuid().ToString())));
    ids.Add(created.Value!.CaseId);
}
var createSeconds = watch.Elapsed.TotalSeconds;

// Materials straight into the table (the upload path re-encodes images; it is measured elsewhere).
await host.Scoped(township, async sp =>
{
    var db = sp.GetRequiredService<AppDbContext>();
    foreach (var caseId in ids)
        foreach (var material in new[] { "ID_CARD", "APPLICATION_FORM" })
            db.Add(new CaseAttachment { Id = Guid.CreateVersion7(), CaseId = caseId, MaterialCode = material, FileName = "scan.png", Sha256 = new string('0', 64), ContentType = "image/png", UploadedBy = "bench", UploadedAt = DateTime.UtcNow });
    return await db.SaveChangesAsync();
});
foreach (var caseId in ids)
    await host.Scoped(township, sp => sp.GetRequiredService<ActOnCaseHandler>().HandleAsync(new CaseActionCommand(caseId, "submit", 1)));
watch.Restart();
foreach (var caseId in ids)
    await host.Scoped(reviewer, sp => sp.GetRequiredService<ActOnCaseHandler>().HandleAsync(new CaseActionCommand(caseId, "approve", 2)));
var approveSeconds = watch.Elapsed.TotalSeconds;

// Bulk cases for the worklist: copies of the created ones spread over persons and villages, by SQL.
await host.Scoped(township, async sp =>
{
    var db = sp.GetRequiredService<AppDbContext>();
    db.Database.SetCommandTimeout(600);
    // Explicit column lists: the table's physical column order is EF's business, not ours.
    const string Columns = "\"Id\",\"Number\",\"ItemCode\",\"Status\",\"CurrentTier\",\"AcceptingTier\",\"PersonId\",\"PersonName\",\"PersonIdMasked\",\"OrgUnitCode\",\"OrgPath\",\"CentreCode\",\"AcceptedBy\",\"AcceptedAt\",\"Form\",\"TimeLimitDays\",\"TimeLimitKind\",\"DueDate\",\"DaysUsedBeforePause\",\"LookupCodeCipher\",\"UpdatedAt\",\"Version\"";
    const string Copied = "c.\"ItemCode\", CASE g % 4 WHEN 0 THEN 'accepted' WHEN 1 THEN 'submitted' WHEN 2 THEN 'returned' ELSE 'approved' END, c.\"CurrentTier\", c.\"AcceptingTier\", c.\"PersonId\", c.\"PersonName\", c.\"PersonIdMasked\", v.\"Code\", v.\"Path\", c.\"CentreCode\", c.\"AcceptedBy\", c.\"AcceptedAt\", c.\"Form\", c.\"TimeLimitDays\", c.\"TimeLimitKind\"";
    var sql = provider == "Postgres"
        ? $"INSERT INTO \"Cases\" ({Columns}) SELECT gen_random_uuid(), 'BULK' || lpad(g::text, 10, '0'), {Copied}, c.\"DueDate\" + (g % 40), 0, c.\"LookupCodeCipher\", c.\"UpdatedAt\", 1 " +
          $"FROM generate_series(1, {bulk}) g CROSS JOIN (SELECT * FROM \"Cases\" LIMIT 1) c " +
          "JOIN (SELECT \"Code\", \"Path\", ROW_NUMBER() OVER (ORDER BY \"Code\") - 1 AS i, COUNT(*) OVER () AS k FROM \"OrgUnits\" WHERE \"Kind\" = 'village' AND \"ValidTo\" IS NULL) v ON v.i = g % v.k"
        : $"WITH RECURSIVE n(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM n WHERE g < {bulk}), " +
          "v AS (SELECT \"Code\", \"Path\", ROW_NUMBER() OVER (ORDER BY \"Code\") - 1 AS i, COUNT(*) OVER () AS k FROM \"OrgUnits\" WHERE \"Kind\" = 'village' AND \"ValidTo\" IS NULL) " +
          $"INSERT INTO \"Cases\" ({Columns}) SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), " +
          $"'BULK' || printf('%010d', g), {Copied}, date(c.\"DueDate\", '+' || (g % 40) || ' days'), 0, c.\"LookupCodeCipher\", c.\"UpdatedAt\", 1 " +
          "FROM n CROSS JOIN (SELECT * FROM \"Cases\" LIMIT 1) c JOIN v ON v.i = g % v.k";
    return await db.Database.ExecuteSqlRawAsync(sql);
});

async Task<(double P50, double P95)> Latency(ClaimsPrincipal user, ListCasesQuery query, int runs = 30)
{
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var w = Stopwatch.StartNew();
        await host.Scoped(user, sp => sp.GetRequiredService<ListCasesHandler>().HandleAsync(query));
        times.Add(w.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return (times[runs / 2], times[(int)(runs * 0.95)]);
}

var total = await host.Scoped(township, sp => sp.GetRequiredService<AppDbContext>().Set<Case>().CountAsync());
var v = await Latency(village, new ListCasesQuery());
var t = await Latency(township, new ListCasesQuery());
var r = await Latency(reviewer, new ListCasesQuery(Status: "submitted"));
var o = await Latency(township, new ListCasesQuery(Overdue: true));

Console.WriteLine($"Cases benchmark on {provider} ({Environment.ProcessorCount} CPUs), handlers called in process, one at a time");
Console.WriteLine();
Console.WriteLine("| measure | value |");
Console.WriteLine("|---|---|");
Console.WriteLine($"| cases accepted (CreateCaseHandler) | {ids.Count / createSeconds:N0}/s ({ids.Count} in {createSeconds:0.0} s) |");
Console.WriteLine($"| cases approved (ActOnCaseHandler) | {ids.Count / approveSeconds:N0}/s ({ids.Count} in {approveSeconds:0.0} s) |");
Console.WriteLine($"| cases in the database | {total:N0} |");
Console.WriteLine($"| worklist, village clerk (p50 / p95) | {v.P50:0.0} / {v.P95:0.0} ms |");
Console.WriteLine($"| worklist, township clerk (p50 / p95) | {t.P50:0.0} / {t.P95:0.0} ms |");
Console.WriteLine($"| review queue, 居保 reviewer (p50 / p95) | {r.P50:0.0} / {r.P95:0.0} ms |");
Console.WriteLine($"| overdue filter, township (p50 / p95) | {o.P50:0.0} / {o.P95:0.0} ms |");
await host.DisposeAsync();
