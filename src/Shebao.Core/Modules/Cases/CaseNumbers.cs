using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Cases;

/// <summary>
/// 办件编号: "YJ" + yyMMdd + the centre's department code + a per-centre sequence that never resets, e.g.
/// YJ261128JB00042. The counter row is incremented with UPDATE … RETURNING inside the creating transaction.
/// </summary>
internal static class CaseNumbers
{
    public static async Task<string> NextAsync(AppDbContext db, string department, DateOnly today, CancellationToken ct)
    {
        var next = (await db.Database.SqlQuery<long>(
            $"UPDATE \"CaseNumberCounters\" SET \"Next\" = \"Next\" + 1 WHERE \"Department\" = {department} RETURNING \"Next\" AS \"Value\"").ToListAsync(ct)).Single();
        return Format(department, today, next);
    }

    public static string Format(string department, DateOnly day, long sequence) =>
        "YJ" + day.ToString("yyMMdd", CultureInfo.InvariantCulture) + department + sequence.ToString("00000", CultureInfo.InvariantCulture);

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var existing = await db.Set<CaseNumberCounter>().Select(c => c.Department).ToListAsync(ct);
        foreach (var department in ServiceItems.Departments.Names.Keys.Except(existing))
            db.Add(new CaseNumberCounter { Department = department, Next = 0 });
        await db.SaveChangesAsync(ct);
    }
}
