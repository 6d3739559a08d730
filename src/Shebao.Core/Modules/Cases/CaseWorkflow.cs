namespace Shebao.Core.Modules.Cases;

/// <summary>Who may move a case: the clerk of the unit that accepted it, or a reviewer of the item's centre.</summary>
public enum CaseActor { AcceptingClerk, CentreReviewer }

/// <summary>One legal move; <paramref name="Note"/> is what the README diagram says about it beyond who may.</summary>
internal sealed record Transition(string From, string Action, string To, CaseActor Who, string? Note = null);

/// <summary>Where a case in a status lies: its <see cref="Case.CurrentTier"/> follows from this.</summary>
internal enum CaseHolder { AcceptingUnit, Centre, WhereItClosed }

/// <summary>What a status means outside its moves: who holds the case, and whether the accepting clerk may attach files and correct the form.</summary>
internal sealed record StatusRow(string Status, CaseHolder Holder, bool ClerkMayAttach, bool ClerkMayEditForm);

/// <summary>
/// The only place that knows which moves are legal (architecture.md "The case workflow"). Pages and the
/// API both ask <see cref="AllowedActions"/>; the case's own <c>Move</c> checks <see cref="Find"/>.
/// The README's state diagram is rendered from these tables by a test.
/// </summary>
internal static class CaseWorkflow
{
    /// <summary>The status a case is accepted into (受理).</summary>
    public const string Initial = CaseStatuses.Accepted;

    public static readonly IReadOnlyList<Transition> Table =
    [
        new(CaseStatuses.Accepted, CaseActions.Complete, CaseStatuses.Completed, CaseActor.AcceptingClerk, "instant items, at acceptance"),
        new(CaseStatuses.Accepted, CaseActions.Submit, CaseStatuses.Submitted, CaseActor.AcceptingClerk, "materials complete"),
        new(CaseStatuses.Accepted, CaseActions.Reject, CaseStatuses.Rejected, CaseActor.AcceptingClerk, "不予受理, reason"),
        new(CaseStatuses.Accepted, CaseActions.Withdraw, CaseStatuses.Withdrawn, CaseActor.AcceptingClerk),
        new(CaseStatuses.Submitted, CaseActions.Approve, CaseStatuses.Approved, CaseActor.CentreReviewer, "≠ submitter, the returning reviewer if any"),
        new(CaseStatuses.Submitted, CaseActions.Return, CaseStatuses.Returned, CaseActor.CentreReviewer, "退回补正, reason + materials from the checklist"),
        new(CaseStatuses.Submitted, CaseActions.Reject, CaseStatuses.Rejected, CaseActor.CentreReviewer, "审核不通过, reason"),
        new(CaseStatuses.Returned, CaseActions.Resubmit, CaseStatuses.Submitted, CaseActor.AcceptingClerk, "back to the same reviewer"),
        new(CaseStatuses.Returned, CaseActions.Withdraw, CaseStatuses.Withdrawn, CaseActor.AcceptingClerk),
        new(CaseStatuses.Approved, CaseActions.Archive, CaseStatuses.Approved, CaseActor.AcceptingClerk, "纸质材料归档, once"),
        new(CaseStatuses.Completed, CaseActions.Archive, CaseStatuses.Completed, CaseActor.AcceptingClerk, "once"),
    ];

    /// <summary>One row per status, in <see cref="CaseStatuses.All"/> order.</summary>
    internal static readonly IReadOnlyList<StatusRow> Statuses =
    [
        new(CaseStatuses.Accepted, CaseHolder.AcceptingUnit, ClerkMayAttach: true, ClerkMayEditForm: true),
        new(CaseStatuses.Submitted, CaseHolder.Centre, ClerkMayAttach: false, ClerkMayEditForm: false),
        new(CaseStatuses.Returned, CaseHolder.AcceptingUnit, ClerkMayAttach: true, ClerkMayEditForm: true),
        new(CaseStatuses.Approved, CaseHolder.WhereItClosed, ClerkMayAttach: false, ClerkMayEditForm: false),
        new(CaseStatuses.Rejected, CaseHolder.WhereItClosed, ClerkMayAttach: false, ClerkMayEditForm: false),
        new(CaseStatuses.Withdrawn, CaseHolder.WhereItClosed, ClerkMayAttach: false, ClerkMayEditForm: false),
        new(CaseStatuses.Completed, CaseHolder.WhereItClosed, ClerkMayAttach: false, ClerkMayEditForm: false),
    ];

    public static Transition? Find(string from, string action, CaseActor who) =>
        Table.FirstOrDefault(t => t.From == from && t.Action == action && t.Who == who);

    /// <summary>True when some status lets this kind of actor do the action (else the role may never do it: 403).</summary>
    public static bool ActorMayEver(string action, IEnumerable<CaseActor> actors) =>
        Table.Any(t => t.Action == action && actors.Contains(t.Who));

    /// <summary>
    /// Actions open to the given actors now, after the rules that are not about status alone. Only actions a
    /// user may ask for: <c>complete</c> happens by itself when an instant item is accepted.
    /// </summary>
    public static IReadOnlyList<string> AllowedActions(Case c, IReadOnlyCollection<CaseActor> actors, string? userName) =>
        Table.Where(t => t.From == c.Status && CaseActions.All.Contains(t.Action) && actors.Contains(t.Who) && Permits(c, t, userName))
            .Select(t => t.Action).Distinct().ToList();

    /// <summary>Maker-checker, "back to the reviewer who returned it", and archiving once.</summary>
    public static bool Permits(Case c, Transition t, string? userName) => t.Action switch
    {
        CaseActions.Approve or CaseActions.Return or CaseActions.Reject when t.Who == CaseActor.CentreReviewer =>
            userName != c.SubmittedBy && (c.AssignedReviewer is null || c.AssignedReviewer == userName),
        CaseActions.Archive => c.ArchiveNo is null,
        _ => true,
    };

    /// <summary>May these actors attach (or replace) material files in this status? Only the accepting clerk, only where the status row says so.</summary>
    public static bool MayAttach(string status, IEnumerable<CaseActor> actors) =>
        actors.Contains(CaseActor.AcceptingClerk) && Row(status).ClerkMayAttach;

    /// <summary>May these actors correct the form (修改申请表) in this status? Only the accepting clerk, only where the status row says so.</summary>
    public static bool MayEditForm(string status, IEnumerable<CaseActor> actors) =>
        actors.Contains(CaseActor.AcceptingClerk) && Row(status).ClerkMayEditForm;

    /// <summary>The tier a case in <paramref name="status"/> lies at; a closed case stays where it closed.</summary>
    internal static string TierIn(string status, string acceptingTier, string lastTier) => Row(status).Holder switch
    {
        CaseHolder.AcceptingUnit => acceptingTier,
        CaseHolder.Centre => CaseTiers.District,
        _ => lastTier,
    };

    private static StatusRow Row(string status) =>
        Statuses.FirstOrDefault(s => s.Status == status) ?? throw new ArgumentOutOfRangeException(nameof(status), status, "not a case status");
}
