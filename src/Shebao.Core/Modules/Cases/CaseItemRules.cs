using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Cases;

/// <summary>One eligibility rule as the clerk reads it: the rule itself, whether it holds, and why not.</summary>
public sealed record RuleCheck(string Rule, bool Passed, string? Detail = null)
{
    /// <summary>The rule asks for a scanned material: scans come after 受理, so before it this rule cannot hold yet and does not block 受理.</summary>
    public bool IsMaterial { get; init; }

    public static RuleCheck Pass(string rule, string? detail = null) => new(rule, true, detail);
    public static RuleCheck Fail(string rule, string detail) => new(rule, false, detail);
    public static RuleCheck When(bool passed, string rule, string failure, string? detail = null) => new(rule, passed, passed ? detail : failure);
}

/// <summary>What a rule or an effect may look at: the case's item, subject person, form, the day, who acts, and where.</summary>
public sealed record CaseContext(string ItemCode, Guid PersonId, Guid? CaseId, FormValues Form, DateOnly Today, DateTime Now, string By, OrgScope Scope, AppDbContext Db)
{
    public string? CaseNumber { get; init; }
}

/// <summary>
/// One handling item's own knowledge: the checks a careful clerk makes before submitting (also re-run before
/// approval, since the registry may have moved meanwhile) and the registry change made on approval. Items
/// without rules have no checks and change nothing.
/// </summary>
public abstract class CaseItemRules
{
    public abstract IReadOnlyCollection<string> ItemCodes { get; }

    /// <summary>
    /// Employer items (增减员) name an employee who may live anywhere in the district; the employer, not the
    /// person, must then be in the clerk's area, and the rules check that.
    /// </summary>
    public virtual bool SubjectAnywhereInDistrict => false;

    /// <summary>Registration items (A1-03; A1-07 for a person moving in) accept an applicant the registry does not hold yet; the form carries the registry data.</summary>
    public virtual bool RegistersNewPerson => false;

    public virtual Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext context, CancellationToken ct) => Task.FromResult<IReadOnlyList<RuleCheck>>([]);

    /// <summary>Runs when the case is accepted, in the accepting transaction (e.g. an estimate printed onto the case).</summary>
    public virtual Task OnAcceptedAsync(CaseContext context, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Runs inside the approving transaction: a failure here rolls the approval back too.</summary>
    public virtual Task ApplyAsync(CaseContext context, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Finds an item's rules by code.</summary>
public sealed class CaseRulebook(IEnumerable<CaseItemRules> rules)
{
    private readonly Dictionary<string, CaseItemRules> byItem = rules.SelectMany(r => r.ItemCodes.Select(code => (code, r))).ToDictionary(x => x.code, x => x.r);

    public bool SubjectAnywhereInDistrict(string itemCode) => byItem.TryGetValue(itemCode, out var r) && r.SubjectAnywhereInDistrict;

    public bool RegistersNewPerson(string itemCode) => byItem.TryGetValue(itemCode, out var r) && r.RegistersNewPerson;

    public Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext context, CancellationToken ct) =>
        byItem.TryGetValue(context.ItemCode, out var r) ? r.CheckAsync(context, ct) : Task.FromResult<IReadOnlyList<RuleCheck>>([]);

    public Task OnAcceptedAsync(CaseContext context, CancellationToken ct) =>
        byItem.TryGetValue(context.ItemCode, out var r) ? r.OnAcceptedAsync(context, ct) : Task.CompletedTask;

    public Task ApplyAsync(CaseContext context, CancellationToken ct) =>
        byItem.TryGetValue(context.ItemCode, out var r) ? r.ApplyAsync(context, ct) : Task.CompletedTask;

    /// <summary>The failures as one sentence per rule, for a 422 and for the refusal notice.</summary>
    public static IReadOnlyList<string> Failures(IEnumerable<RuleCheck> checks) =>
        checks.Where(c => !c.Passed).Select(c => $"{c.Rule}：{c.Detail}").ToList();
}
