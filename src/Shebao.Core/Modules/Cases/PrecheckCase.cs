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
    CaseRulebook rulebook, PersonLookup persons, TimeProvider clock)
{
    private readonly CaseIntake intake = new(db, user, currentScope, catalogue, crypto, rulebook, persons, clock);

    public async Task<Result<CasePrecheck>> HandleAsync(PrecheckCaseCommand c, CancellationToken ct = default)
    {
        var validated = await intake.ValidateAsync(c.ItemCode, c.IdNumber, c.Name, c.Form, ct);
        if (validated.Value is not { } application) return Result<CasePrecheck>.From(validated);
        var (item, id, name) = (application.Item, application.IdNumber, application.Name);

        // As CreateCase resolves the applicant: employer items look district-wide, all others in the clerk's area.
        var found = rulebook.SubjectAnywhereInDistrict(item.Code) ? await persons.InDistrictAsync(id, ct) : await persons.InScopeAsync(id, ct);
        if (found.Value is not { } person) return Result<CasePrecheck>.From(Result.Invalid("idNumber", "本辖区没有该公民身份号码的参保人登记，请核对号码或先办理参保登记"));
        if (person.Name != name) return Result<CasePrecheck>.From(Result.Invalid("name", "姓名与登记信息不一致，请核对"));
        if (await intake.HasOpenCaseAsync(person.Id, item.Code, ct)) return Result<CasePrecheck>.From(Result.Conflict(CaseIntake.OpenCaseMessage(item)));

        var checks = await intake.CheckAsync(intake.Context(application, person.Id, clock.GetUtcNow().UtcDateTime), ct);
        return new CasePrecheck(item.Code, checks);
    }
}
