using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Queries.Demo;

/// <summary>
/// Demo read models: every embedded {dataset}.csv beside this file goes through the real import, as the system administrator, so
/// demo data obeys the same checks as a centre's file and links to the demo persons and employers the same way; then the
/// generated retirees' pension rows (<see cref="GeneratedRetirees"/>).
/// </summary>
internal static class QueriesDemo
{
    private const string Prefix = "Shebao.queries.";

    public static async Task SeedAsync(AppDbContext db, QueryCatalogue catalogue, ICryptoProvider crypto, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.Set<QueryRecord>().AnyAsync(ct)) return;
        var system = FixedCurrentUser.System;
        var import = new ImportDatasetHandler(db, catalogue, system, crypto, new Persons.PersonLookup(db, crypto, new Organisations.CurrentScope(db, system)), new AuditTrail(db, system, clock), clock);
        var assembly = typeof(QueriesDemo).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order())
        {
            var code = name[Prefix.Length..^".csv".Length];
            if (catalogue.Dataset(code) is null) throw new InvalidOperationException($"Demo file {name}: no dataset {code}");
            await using var stream = assembly.GetManifestResourceStream(name)!;
            var result = await import.HandleAsync(code, stream, code + ".csv", ct);
            if (!result.IsSuccess || !result.Value!.Applied)
                throw new InvalidOperationException($"Demo file {code}.csv: " + (result.Message ?? string.Join("; ", result.Value!.Lines.Take(5).Select(l => $"line {l.Line} {l.Column}: {l.Message}"))));
        }
        // The generated retirees on the due lists get their pension rows through the same import.
        var generated = await GeneratedRetirees.BuildAsync(db, crypto, clock, ct);
        if (generated.Count == 0) return;
        foreach (var (code, csv) in new[] { ("retiree-basics", generated.Basics), ("retiree-payments", generated.Payments), ("retiree-adjustments", generated.Adjustments) })
        {
            await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
            var result = await import.HandleAsync(code, stream, code + "-generated.csv", ct);
            if (!result.IsSuccess || !result.Value!.Applied)
                throw new InvalidOperationException($"Generated {code}: " + (result.Message ?? string.Join("; ", result.Value!.Lines.Take(5).Select(l => $"line {l.Line} {l.Column}: {l.Message}"))));
        }
    }
}
