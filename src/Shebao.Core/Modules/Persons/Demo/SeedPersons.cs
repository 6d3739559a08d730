using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Persons.Demo;

/// <summary>Generates N demo persons spread over the active villages, in batches, for demos and benchmarks.</summary>
public sealed class SeedPersonsHandler(AppDbContext db, ICryptoProvider crypto, TimeProvider clock, AuditTrail audit)
{
    private const int BatchSize = 20_000;

    public async Task<int> HandleAsync(int count, int seed, Action<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var villages = await db.OrgUnits.AsNoTracking().Where(o => o.Kind == OrgKinds.Village && o.ValidTo == null).OrderBy(o => o.Code).ToListAsync(ct);
        if (villages.Count == 0) throw new InvalidOperationException("No villages: seed the organisation tree first.");
        var names = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        // Existing numbers must not be generated again (the blind index is unique).
        var taken = new ConcurrentDictionary<string, byte>((await db.Persons.IgnoreQueryFilters().Select(p => p.IdNumberIndex).ToListAsync(ct)).Select(i => KeyValuePair.Create(i, (byte)0)));
        var today = clock.TodayInChina();
        var now = clock.GetUtcNow().UtcDateTime;
        var written = 0;
        for (var start = 0; start < count; start += BatchSize)
        {
            var size = Math.Min(BatchSize, count - start);
            var batchNo = start / BatchSize;
            var batch = new Person[size];
            // Encryption dominates; both cores share it, each slice with its own deterministic generator.
            Parallel.For(0, 4, slice =>
            {
                var generator = new DemoPersonGenerator(HashCode.Combine(seed, batchNo, slice));
                var random = new Random(HashCode.Combine(seed, batchNo, slice, 7));
                for (var i = slice; i < size; i += 4)
                {
                    var village = villages[random.Next(villages.Count)];
                    var prefix = names[village.ParentCode!] + village.Name.Replace("（演示）", "", StringComparison.Ordinal);
                    NewPersonData data;
                    string index;
                    do
                    {
                        data = generator.Next(today, "安徽省六安市叶集区" + prefix);
                        index = PersonLookup.BlindIndex(crypto, data.IdNumber);
                    }
                    while (!taken.TryAdd(index, 0));
                    batch[i] = NewPerson.Create(data, village, crypto, now, idNumberIndex: index);
                }
            });
            await PersonBulkWriter.WriteAsync(db, batch, ct);
            written += size;
            progress?.Invoke(written);
        }
        audit.Record("person.seed", "person", null, reason: $"generated={written},seed={seed}");
        await db.SaveChangesAsync(ct);
        return written;
    }
}
