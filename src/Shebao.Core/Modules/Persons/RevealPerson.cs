using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Persons;

public sealed record RevealPersonCommand(Guid PersonId, string? Reason);

public sealed record RevealedIdentifiers(string IdNumber, string? Phone, string? BankAccount);

/// <summary>The one way to see a full identifier: a stated reason, a cleared role, one audit row naming the fields (never the values).</summary>
public sealed class RevealPersonHandler(AppDbContext db, CurrentScope currentScope, ICryptoProvider crypto, AuditTrail audit, ICurrentUser user, BulkAccessMonitor bulk)
{
    /// <summary>Roles that handle citizens' files. Administrators and auditors are deliberately absent (三权分立).</summary>

    public async Task<Result<RevealedIdentifiers>> HandleAsync(RevealPersonCommand command, CancellationToken ct = default)
    {
        var scope = await currentScope.GetAsync(ct);
        var p = await db.Persons.AsNoTracking().VisibleTo(scope).SingleOrDefaultAsync(x => x.Id == command.PersonId, ct);
        if (p is null) return Result<RevealedIdentifiers>.From(Result.NotFound());
        if (!PersonReaders.Includes(user))
        {
            await audit.RecordNowAsync("person.reveal", "person", p.Id.ToString(), AuditResults.Denied, ct: ct);
            return Result<RevealedIdentifiers>.From(Result.Forbidden("您的角色无权查看完整个人信息"));
        }
        var reason = command.Reason?.Trim() ?? "";
        if (reason.Length < 2) return Result<RevealedIdentifiers>.From(Result.Invalid("reason", "请填写查看完整信息的事由（至少2个字）"));
        if (reason.Length > 200) return Result<RevealedIdentifiers>.From(Result.Invalid("reason", "事由最多200个字"));

        var fields = new List<string> { "idNumber" };
        if (p.PhoneCipher is not null) fields.Add("phone");
        if (p.BankAccountCipher is not null) fields.Add("bankAccount");
        audit.Record("person.reveal", "person", p.Id.ToString(), fields: fields, reason: reason);
        await db.SaveChangesAsync(ct);
        await bulk.NoteAsync(ct);

        return new RevealedIdentifiers(
            crypto.Decrypt(p.IdNumberCipher),
            p.PhoneCipher is null ? null : crypto.Decrypt(p.PhoneCipher),
            p.BankAccountCipher is null ? null : crypto.Decrypt(p.BankAccountCipher));
    }
}
