using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cases;

public sealed record ProgressStep(DateTime At, string Action, string Status, string Tier);

public sealed record ProgressView(string Number, string ItemName, string Status, string NameMasked, DateOnly? DueDate, IReadOnlyList<ProgressStep> Timeline);

/// <summary>
/// 办件进度查询 for the public: case number plus the code on the receipt. Any mismatch is the same "not
/// found", so a guess learns nothing; nothing personal beyond a masked name; no staff names.
/// </summary>
public sealed class LookupProgressHandler(AppDbContext db, ICryptoProvider crypto, ServiceCatalogue catalogue)
{
    public async Task<Result<ProgressView>> HandleAsync(string? number, string? code, CancellationToken ct = default)
    {
        var n = number?.Trim().ToUpperInvariant() ?? "";
        var k = code?.Trim().ToUpperInvariant() ?? "";
        if (n.Length is < 10 or > 24 || k.Length is < 4 or > 16) return Result<ProgressView>.From(Result.NotFound());
        var c = await db.Set<Case>().AsNoTracking().Include(x => x.History).SingleOrDefaultAsync(x => x.Number == n, ct);
        var expected = c is null ? "" : crypto.Decrypt(c.LookupCodeCipher);
        if (c is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(k)))
            return Result<ProgressView>.From(Result.NotFound());
        var timeline = c.History.OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new ProgressStep(h.At, CaseActions.Label(h.Action), CaseStatuses.Label(h.To),
                h.Action is CaseActions.Approve or CaseActions.Return ? CaseTiers.Label(CaseTiers.District)
                : h.Action == CaseActions.Reject && h.From == CaseStatuses.Submitted ? CaseTiers.Label(CaseTiers.District)
                : CaseTiers.Label(c.AcceptingTier)))
            .ToList();
        return new ProgressView(c.Number, catalogue.Find(c.ItemCode)?.Name ?? c.ItemCode, CaseStatuses.Label(c.Status), Masking.Name(c.PersonName), c.DueDate, timeline);
    }
}
