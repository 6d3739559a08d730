using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cases;

/// <summary>
/// 办件: one service act for one person. Status changes only through the intent methods, which go through
/// <see cref="Move"/>: the workflow table decides, a history row is appended, the version goes up.
/// </summary>
public sealed class Case : IOrgScoped
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public string ItemCode { get; set; } = "";
    public string Status { get; private set; } = CaseWorkflow.Initial;
    public string CurrentTier { get; private set; } = CaseTiers.Village;
    public Guid PersonId { get; set; }
    public string PersonName { get; set; } = "";
    public string PersonIdMasked { get; set; } = "";

    /// <summary>The unit that accepted the case, and its path (the case's place for scoping).</summary>
    public string OrgUnitCode { get; set; } = "";
    public string OrgPath { get; set; } = "";

    /// <summary>The reviewing centre (341504-JB …), from the item's department.</summary>
    public string CentreCode { get; set; } = "";
    public string AcceptedBy { get; set; } = "";
    public DateTime AcceptedAt { get; set; }
    public string? SubmittedBy { get; set; }

    /// <summary>Set by a return: the corrected case goes straight back to this reviewer.</summary>
    public string? AssignedReviewer { get; set; }

    /// <summary>The form values as JSON; identifiers inside are encrypted (see FormRules).</summary>
    public string Form { get; set; } = "{}";

    /// <summary>Material codes named by the last return (一次性告知), as a comma list, and its written reason.</summary>
    public string? MissingMaterials { get; set; }
    public string? LastReason { get; set; }

    // Deadline: the clock runs in working days from acceptance, pauses while returned, resumes on resubmission.
    public int? TimeLimitDays { get; set; }
    public string? TimeLimitKind { get; set; }
    public DateOnly? ClockStartedOn { get; set; }
    public int DaysUsedBeforePause { get; set; }
    public DateOnly? DueDate { get; set; }

    public string? ArchiveNo { get; set; }
    public string LookupCodeCipher { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
    public List<CaseHistoryEntry> History { get; set; } = [];

    public bool IsPaused => Status == CaseStatuses.Returned;

    /// <summary>受理: the first history row; the case starts in the workflow's first status, at its accepting unit.</summary>
    public void Accept(string by, DateTime at)
    {
        if (History.Count > 0) throw new InvalidOperationException("A case is accepted once.");
        Status = CaseWorkflow.Initial;
        CurrentTier = CaseWorkflow.TierIn(Status, AcceptingTier, AcceptingTier);
        UpdatedAt = at;
        History.Add(new CaseHistoryEntry { CaseId = Id, At = at, By = by, Action = CaseActions.Accept, To = Status });
    }

    /// <summary>即办: an instant item is done at the counter; only CreateCase calls this, right after <see cref="Accept"/>.</summary>
    internal Result Complete(CaseActor actor, string by, DateTime at) =>
        Move(CaseActions.Complete, actor, by, at, null, () => { });

    /// <summary>A case already in <paramref name="status"/>, for unit tests that start mid-workflow; real cases get there only by moves.</summary>
    internal static Case InStatus(string status, string acceptingTier = CaseTiers.Village) =>
        new() { Status = status, AcceptingTier = acceptingTier, CurrentTier = CaseWorkflow.TierIn(status, acceptingTier, acceptingTier) };

    public Result Submit(CaseActor actor, string by, DateTime at, string? comment) =>
        Move(CaseActions.Submit, actor, by, at, comment, () => SubmittedBy = by);

    public Result Approve(CaseActor actor, string by, DateTime at, string? comment) =>
        Move(CaseActions.Approve, actor, by, at, comment, () => { DueDate = null; ClockStartedOn = null; });

    public Result Return(CaseActor actor, string by, DateTime at, string? reason, IReadOnlyCollection<string> missingMaterials, IReadOnlyCollection<string> checklist)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(reason)) errors.Add("reason", "退回必须填写书面理由（一次性告知）");
        if (missingMaterials.Count == 0) errors.Add("missingMaterials", "请勾选需要补充或修改的材料");
        foreach (var code in missingMaterials.Where(m => !checklist.Contains(m))) errors.Add("missingMaterials", $"材料“{code}”不在本事项的材料清单中");
        if (errors.Any) return errors.ToResult();
        return Move(CaseActions.Return, actor, by, at, reason, () =>
        {
            AssignedReviewer = by;
            MissingMaterials = string.Join(',', missingMaterials);
            LastReason = reason!.Trim();
        }, missingMaterials);
    }

    public Result Resubmit(CaseActor actor, string by, DateTime at, string? comment) =>
        Move(CaseActions.Resubmit, actor, by, at, comment, () => SubmittedBy = by);

    public Result Reject(CaseActor actor, string by, DateTime at, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return Result.Invalid("reason", "不予受理或审核不通过必须填写理由");
        return Move(CaseActions.Reject, actor, by, at, reason, () => { LastReason = reason.Trim(); DueDate = null; ClockStartedOn = null; });
    }

    public Result Withdraw(CaseActor actor, string by, DateTime at, string? comment) =>
        Move(CaseActions.Withdraw, actor, by, at, comment, () => { DueDate = null; ClockStartedOn = null; });

    public Result Archive(CaseActor actor, string by, DateTime at, string? archiveNo)
    {
        var no = archiveNo?.Trim() ?? "";
        if (no.Length is 0 or > 40) return Result.Invalid("archiveNo", "请填写纸质材料归档编号（最多40字）");
        return Move(CaseActions.Archive, actor, by, at, no, () => ArchiveNo = no);
    }

    /// <summary>修改申请表: the accepting clerk's correction while the table allows it; one history row says what changed, masked.</summary>
    internal Result CorrectForm(IReadOnlyCollection<CaseActor> actors, string by, DateTime at, string form, string changes)
    {
        if (!CaseWorkflow.MayEditForm(Status, actors))
            return Result.Conflict($"办件当前状态为“{CaseStatuses.Label(Status)}”，不能修改申请表");
        Form = form;
        UpdatedAt = at;
        Version++;
        History.Add(new CaseHistoryEntry { CaseId = Id, At = at, By = by, Action = CaseActions.Correct, From = Status, To = Status, Comment = changes });
        return Result.Success();
    }

    private Result Move(string action, CaseActor actor, string by, DateTime at, string? comment, Action apply, IReadOnlyCollection<string>? missing = null)
    {
        var transition = CaseWorkflow.Find(Status, action, actor);
        if (transition is null || !CaseWorkflow.Permits(this, transition, by))
            return Result.Conflict($"办件当前状态为“{CaseStatuses.Label(Status)}”，不能执行“{CaseActions.Label(action)}”");
        var from = Status;
        apply();
        Status = transition.To;
        CurrentTier = CaseWorkflow.TierIn(Status, AcceptingTier, CurrentTier);
        UpdatedAt = at;
        Version++;
        History.Add(new CaseHistoryEntry
        {
            CaseId = Id, At = at, By = by, Action = action, From = from, To = Status, Comment = comment?.Trim(),
            MissingMaterials = missing is null ? null : string.Join(',', missing),
        });
        return Result.Success();
    }

    /// <summary>The tier of the accepting unit (village, township or district).</summary>
    public string AcceptingTier { get; set; } = CaseTiers.Village;
}

public sealed class CaseHistoryEntry
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public DateTime At { get; set; }
    public string By { get; set; } = "";
    public string Action { get; set; } = "";
    public string? From { get; set; }
    public string To { get; set; } = "";
    public string? Comment { get; set; }
    public string? MissingMaterials { get; set; }
}
