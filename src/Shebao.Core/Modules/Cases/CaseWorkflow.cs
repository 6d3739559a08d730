namespace Shebao.Core.Modules.Cases;

/// <summary>Who may move a case: the clerk of the unit that accepted it, or a reviewer of the item's centre.</summary>
public enum CaseActor { AcceptingClerk, CentreReviewer }

public sealed record Transition(string From, string Action, string To, CaseActor Who);

/// <summary>
/// The only place that knows which moves are legal (architecture.md "The case workflow"). Pages and the
/// API both ask <see cref="AllowedActions"/>; the case's own <c>Move</c> checks <see cref="Find"/>.
/// </summary>
public static class CaseWorkflow
{
    public static readonly IReadOnlyList<Transition> Table =
    [
        new(CaseStatuses.Accepted, CaseActions.Submit, CaseStatuses.Submitted, CaseActor.AcceptingClerk),
        new(CaseStatuses.Accepted, CaseActions.Reject, CaseStatuses.Rejected, CaseActor.AcceptingClerk),     // 不予受理, with a policy explanation
        new(CaseStatuses.Accepted, CaseActions.Withdraw, CaseStatuses.Withdrawn, CaseActor.AcceptingClerk),
        new(CaseStatuses.Submitted, CaseActions.Approve, CaseStatuses.Approved, CaseActor.CentreReviewer),
        new(CaseStatuses.Submitted, CaseActions.Return, CaseStatuses.Returned, CaseActor.CentreReviewer),     // 退回补正, 一次性告知
        new(CaseStatuses.Submitted, CaseActions.Reject, CaseStatuses.Rejected, CaseActor.CentreReviewer),     // 审核不通过
        new(CaseStatuses.Returned, CaseActions.Resubmit, CaseStatuses.Submitted, CaseActor.AcceptingClerk),
        new(CaseStatuses.Returned, CaseActions.Withdraw, CaseStatuses.Withdrawn, CaseActor.AcceptingClerk),
        new(CaseStatuses.Approved, CaseActions.Archive, CaseStatuses.Approved, CaseActor.AcceptingClerk),     // 纸质材料归档: status stays
        new(CaseStatuses.Completed, CaseActions.Archive, CaseStatuses.Completed, CaseActor.AcceptingClerk),
    ];

    public static Transition? Find(string from, string action, CaseActor who) =>
        Table.FirstOrDefault(t => t.From == from && t.Action == action && t.Who == who);

    /// <summary>True when some status lets this kind of actor do the action (else the role may never do it: 403).</summary>
    public static bool ActorMayEver(string action, IEnumerable<CaseActor> actors) =>
        Table.Any(t => t.Action == action && actors.Contains(t.Who));

    /// <summary>Actions open to the given actors now, after the rules that are not about status alone.</summary>
    public static IReadOnlyList<string> AllowedActions(Case c, IReadOnlyCollection<CaseActor> actors, string? userName) =>
        Table.Where(t => t.From == c.Status && actors.Contains(t.Who) && Permits(c, t, userName))
            .Select(t => t.Action).Distinct().ToList();

    /// <summary>Maker-checker, "back to the reviewer who returned it", and archiving once.</summary>
    public static bool Permits(Case c, Transition t, string? userName) => t.Action switch
    {
        CaseActions.Approve or CaseActions.Return or CaseActions.Reject when t.Who == CaseActor.CentreReviewer =>
            userName != c.SubmittedBy && (c.AssignedReviewer is null || c.AssignedReviewer == userName),
        CaseActions.Archive => c.ArchiveNo is null,
        _ => true,
    };
}
