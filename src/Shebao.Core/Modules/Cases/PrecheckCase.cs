using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;
using Shebao.Core.Platform.Security;

namespace Shebao.Core.Modules.Cases;

public sealed record PrecheckCaseCommand(string? ItemCode, string? IdNumber, string? Name, IReadOnlyDictionary<string, string?>? Form);

/// <summary>The item's rules as they stand for this application now; <c>Passed</c> when none fails.</summary>
public sealed record CasePrecheck(string ItemCode, IReadOnlyList<RuleCheck> Checks)
{
    public bool Passed => Checks.All(c => c.Passed);

    /// <summary>A rule other than a scan fails: plain 受理 is not offered, only 受理并出具一次性告知书 or 不予受理.</summary>
    public bool BlocksAcceptance => Checks.Any(c => !c.Passed && !c.IsMaterial);
}

/// <summary>
/// 受理前检查: the field errors and the item's rules 受理 would give for the same body, writing nothing (no case,
/// no number, no audit row), so the clerk can correct the form before a case number is spent.
/// </summary>
public sealed class PrecheckCaseHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, ServiceCatalogue catalogue, ICryptoProvider crypto,
    CaseRulebook rulebook, ApplicantResolver applicants, PersonLookup persons, TimeProvider clock)
{
    private readonly CaseIntake intake = new(db, user, currentScope, catalogue, crypto, rulebook, persons, clock);

    public async Task<Result<CasePrecheck>> HandleAsync(PrecheckCaseCommand c, CancellationToken ct = default)
    {
        var validated = await intake.ValidateAsync(c.ItemCode, c.IdNumber, c.Name, c.Form, ct);
        if (validated.Value is not { } application) return Result<CasePrecheck>.From(validated);
        var (item, id, name) = (application.Item, application.IdNumber, application.Name);

        // The applicant exactly as CreateCase resolves them; a new person (A1-03/A1-07) is added to the unit of work.
        var found = await applicants.ResolveAsync(item, id, name, c.Form, ct);
        if (found.Value is not { } person) return Result<CasePrecheck>.From(found);
        if (await intake.HasOpenCaseAsync(person.Id, item.Code, ct)) return Result<CasePrecheck>.From(Result.Conflict(CaseIntake.OpenCaseMessage(item)));

        // The rules read the registry, so a new person must be there while they run: saved in a transaction that is rolled back.
        await using var transaction = db.ChangeTracker.HasChanges() && db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (transaction is not null) await db.SaveChangesAsync(ct);
            return new CasePrecheck(item.Code, await intake.CheckAsync(intake.Context(application, person.Id, clock.GetUtcNow().UtcDateTime), ct));
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
    }
}
