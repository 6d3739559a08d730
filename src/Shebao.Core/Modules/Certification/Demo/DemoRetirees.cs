using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Certification.Demo;

/// <summary>A generated 企业职工 retiree on the demo due lists: the pension the query datasets must show for them.</summary>
public sealed record DemoRetiree(Guid PersonId, string Name, decimal MonthlyAmount, DateOnly? LastCertifiedOn, string? PausedFrom);

/// <summary>The generated enterprise retirees that <see cref="CertificationDemo"/> put on the due lists, for the other modules' demo data.</summary>
public static class DemoRetirees
{
    public static async Task<IReadOnlyList<DemoRetiree>> ListAsync(AppDbContext db, ICryptoProvider crypto, CancellationToken ct = default)
    {
        var rows = await db.Set<Beneficiary>().AsNoTracking()
            .Where(b => b.Scheme == Schemes.EmployeePension && b.SubjectType == SubjectTypes.Retiree)
            .OrderBy(b => b.VillageCode).ThenBy(b => b.PersonId)
            .Select(b => new { b.PersonId, b.Name, b.MonthlyAmount, b.LastCertifiedOn, b.PausedFrom }).ToListAsync(ct);
        var knownIds = await CertificationDemo.KnownPersonIdsAsync(new PersonLookup(db, crypto, new Organisations.CurrentScope(db, Platform.Security.FixedCurrentUser.System)), ct);
        return rows.Where(r => !knownIds.Contains(r.PersonId)).Select(r => new DemoRetiree(r.PersonId, r.Name, r.MonthlyAmount, r.LastCertifiedOn, r.PausedFrom)).ToList();
    }
}
