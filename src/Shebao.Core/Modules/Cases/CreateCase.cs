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
    CalendarStore calendars, CaseRulebook rulebook, ApplicantResolver applicants, AuditTrail audit, TimeProvider clock)
{
    private const string LookupAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public async Task<Result<CreatedCase>> HandleAsync(CreateCaseCommand c, CancellationToken ct = default)
    {
        if (!Guid.TryParse(c.IdempotencyKey, out _)) return Result<CreatedCase>.From(Result.Invalid("idempotencyKey", "缺少或无效的 Idempotency-Key（应为UUID）"));
        var requestHash = Hash(c);
        if (await ReplayAsync(c.IdempotencyKey!, requestHash, ct) is { } replay) return replay;

        var errors = new FieldErrors();
        var item = c.ItemCode is null ? null : catalogue.Find(c.ItemCode);
        if (item is null) return Result<CreatedCase>.From(Result.Invalid("itemCode", "请选择有效的服务事项"));
        if (item.Review == "none") return Result<CreatedCase>.From(Result.Invalid("itemCode", "查询、打印类事项不需受理，请使用查询功能"));
        var tier = CaseAccess.TierOf(user);
        var unit = await currentScope.UnitAsync(ct);
        if (tier is null || unit is null) return Result<CreatedCase>.From(Result.Forbidden("您的角色不能受理办件"));
        if (!item.AcceptingTiers.Contains(tier))
            return Result<CreatedCase>.From(Result.Forbidden($"“{item.Name}”不在{CaseTiers.Label(tier)}受理（受理层级：{string.Join("、", item.AcceptingTiers.Select(CaseTiers.Label))}）"));
        var centre = Departments.CentreCode(item.Department);
        if (tier == CaseTiers.District && unit.Code != centre) return Result<CreatedCase>.From(Result.Forbidden("区级只能受理本中心负责的事项"));

        var id = IdNumber.Normalize(c.IdNumber);
        if (IdNumber.Validate(id) is { } idError) errors.Add("idNumber", idError);
        var name = c.Name?.Trim() ?? "";
        if (name.Length is 0 or > 50) errors.Add("name", "请填写申请人姓名");
        var today = clock.TodayInChina();
        var (formErrors, formJson) = FormRules.Validate(item, c.Form, crypto, today);
        if (formErrors.Any) foreach (var (field, messages) in formErrors.ToResult().Errors) foreach (var m in messages) errors.Add(field, m);
        if (errors.Any) return Result<CreatedCase>.From(errors.ToResult());

        var scope = await currentScope.GetAsync(ct);
        // A registered person of the area (employer items: of the district), or for A1-03 a new person pending with this case.
        var found = await applicants.ResolveAsync(item, id, name, c.Form, ct);
        if (found.Value is not { } person) return Result<CreatedCase>.From(found);
        if (await db.Set<Case>().AnyAsync(x => x.PersonId == person.Id && x.ItemCode == item.Code && CaseStatuses.Open.Contains(x.Status), ct))
        {
            // The open case may be the one a concurrent request with this very key has just committed.
            if (await ReplayAsync(c.IdempotencyKey!, requestHash, ct) is { } concurrent) return concurrent;
            return Result<CreatedCase>.From(Result.Conflict($"该参保人已有一件未办结的“{item.Name}”，请在原办件上继续办理"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var context = new CaseContext(item.Code, person.Id, null, new FormValues(formJson, crypto), today, now, user.UserName ?? "", scope, db);
        if (item.Review == "instant")
        {
            // 即办 items have no later submit step: their checks decide here, and their effect happens now.
            var failures = CaseRulebook.Failures(await rulebook.CheckAsync(context, ct));
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
            CentreCode = centre, AcceptedBy = user.UserName ?? "", AcceptedAt = now, Form = formJson,
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
