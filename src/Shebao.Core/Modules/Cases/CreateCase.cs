using Shebao.Core.Platform.Security;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Calendar;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cases;

public sealed record CreateCaseCommand(string? ItemCode, string? IdNumber, string? Name, IReadOnlyDictionary<string, string?>? Form, string? IdempotencyKey);

/// <summary>The new case, the progress-lookup code for the receipt, and whether this was a replay of an earlier request.</summary>
public sealed record CreatedCase(Guid CaseId, string Number, string LookupCode, bool Replayed);

/// <summary>
/// 受理: a clerk accepts an application for a person of their area. Instant items complete at once. The
/// Idempotency-Key makes a double click or a flaky uplink harmless: same key and body → the same case.
/// </summary>
public sealed class CreateCaseHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, ServiceCatalogue catalogue, ICryptoProvider crypto,
    CalendarStore calendars, CaseRulebook rulebook, ApplicantResolver applicants, PersonLookup persons, AuditTrail audit, TimeProvider clock)
{
    private readonly CaseIntake intake = new(db, user, currentScope, catalogue, crypto, rulebook, persons, clock);
    private const string LookupAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public async Task<Result<CreatedCase>> HandleAsync(CreateCaseCommand c, CancellationToken ct = default)
    {
        if (!Guid.TryParse(c.IdempotencyKey, out _)) return Result<CreatedCase>.From(Result.Invalid("idempotencyKey", "缺少或无效的 Idempotency-Key（应为UUID）"));
        var requestHash = Hash(c);
        if (await ReplayAsync(c.IdempotencyKey!, requestHash, ct) is { } replay) return replay;

        // The same checks a precheck makes (CaseIntake), so a precheck that passes means this passes too.
        var validated = await intake.ValidateAsync(c.ItemCode, c.IdNumber, c.Name, c.Form, ct);
        if (validated.Value is not { } application) return Result<CreatedCase>.From(validated);
        var (item, tier, unit, centre, id, name, today) = (application.Item, application.Tier, application.Unit, application.Centre, application.IdNumber, application.Name, application.Today);

        // A registered person of the area (employer items: of the district), or for A1-03/A1-07 a new person pending with this case.
        var found = await applicants.ResolveAsync(item, id, name, c.Form, ct);
        if (found.Value is not { } person) return Result<CreatedCase>.From(found);
        if (await intake.HasOpenCaseAsync(person.Id, item.Code, ct))
        {
            // The open case may be the one a concurrent request with this very key has just committed.
            if (await ReplayAsync(c.IdempotencyKey!, requestHash, ct) is { } concurrent) return concurrent;
            return Result<CreatedCase>.From(Result.Conflict(CaseIntake.OpenCaseMessage(item)));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var context = intake.Context(application, person.Id, now);
        if (item.Review == "instant")
        {
            // 即办 items have no later submit step: their checks decide here, and their effect happens now.
            var failures = CaseRulebook.Failures(await intake.CheckAsync(context, ct));
            if (failures.Count > 0) return Result<CreatedCase>.From(Result.Ineligible(failures));
        }
        var lookup = string.Concat(Enumerable.Range(0, 8).Select(_ => LookupAlphabet[RandomNumberGenerator.GetInt32(LookupAlphabet.Length)]));
        var calendar = await calendars.LoadAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var number = await CaseNumbers.NextAsync(db, item.Department, today, ct);
        var created = new Case
        {
            Id = Guid.CreateVersion7(), Number = number, ItemCode = item.Code,
            AcceptingTier = tier, PersonId = person.Id, PersonName = person.Name, PersonIdMasked = person.IdNumberMasked,
            OrgUnitCode = unit.Code, OrgPath = unit.Path,
            CentreCode = centre, AcceptedBy = user.UserName ?? "", AcceptedAt = now, Form = application.FormJson,
            LookupCodeCipher = crypto.Encrypt(lookup), UpdatedAt = now, Version = 1,
        };
        created.Accept(created.AcceptedBy, now);
        if (item.Review == "instant")
        {
            // 即办: done at the counter, no review step.
            var completed = created.Complete(CaseActor.AcceptingClerk, created.AcceptedBy, now);
            if (!completed.IsSuccess) throw new InvalidOperationException(completed.Message);
            await rulebook.ApplyAsync(context with { CaseId = created.Id, CaseNumber = number }, ct);
        }
        else
        {
            CaseDeadlines.Start(created, item.TimeLimit, today, calendar);
        }
        db.Add(created);
        await rulebook.OnAcceptedAsync(context with { CaseId = created.Id, CaseNumber = number }, ct);
        db.Add(new IdempotencyRecord { UserId = user.UserId ?? "", Key = c.IdempotencyKey!, RequestHash = requestHash, CaseId = created.Id, CreatedAt = now });
        audit.Record("case.accept", "case", created.Id.ToString(), fields: ["itemCode", "person", "form"], reason: number);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent request with the same key won the race: answer as a replay of it.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (await ReplayAsync(c.IdempotencyKey!, requestHash, ct) is { } raced) return raced;
            if (await applicants.RegisteredConcurrentlyAsync(c.IdNumber, ct) is { } taken) return Result<CreatedCase>.From(taken);
            throw;
        }
        return new CreatedCase(created.Id, number, lookup, false);
    }

    private async Task<Result<CreatedCase>?> ReplayAsync(string key, string requestHash, CancellationToken ct)
    {
        var record = await db.Set<IdempotencyRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.UserId == (user.UserId ?? "") && r.Key == key, ct);
        if (record is null) return null;
        if (record.RequestHash != requestHash) return Result<CreatedCase>.From(Result.Unprocessable("该 Idempotency-Key 已用于内容不同的请求"));
        var existing = await db.Set<Case>().AsNoTracking().Where(x => x.Id == record.CaseId).Select(x => new { x.Number, x.LookupCodeCipher }).SingleAsync(ct);
        return new CreatedCase(record.CaseId, existing.Number, crypto.Decrypt(existing.LookupCodeCipher), true);
    }

    /// <summary>SHA-256 of the request in a canonical form (sorted form keys, normalised ID).</summary>
    private static string Hash(CreateCaseCommand c)
    {
        var canonical = JsonSerializer.Serialize(new
        {
            item = c.ItemCode?.Trim().ToUpperInvariant(),
            id = IdNumber.Normalize(c.IdNumber),
            name = c.Name?.Trim(),
            form = (c.Form ?? new Dictionary<string, string?>()).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new[] { kv.Key, kv.Value?.Trim() }),
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
