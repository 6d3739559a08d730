namespace Shebao.Core.Modules.Cases;

/// <summary>Case statuses exactly as api.md names them.</summary>
public static class CaseStatuses
{
    public const string Accepted = "accepted";
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Withdrawn = "withdrawn";
    public const string Completed = "completed";

    public static readonly IReadOnlyList<string> All = [Accepted, Submitted, Returned, Approved, Rejected, Withdrawn, Completed];

    /// <summary>Statuses in which a case is still open: at most one open case per person and item.</summary>
    public static readonly IReadOnlyList<string> Open = [Accepted, Submitted, Returned];

    public static bool IsOpen(string status) => Open.Contains(status);

    public static string Label(string status) => status switch
    {
        Accepted => "已受理",
        Submitted => "审核中",
        Returned => "退回补正",
        Approved => "审核通过（办结）",
        Rejected => "不予受理/审核不通过",
        Withdrawn => "申请人撤回",
        Completed => "即办办结",
        _ => status,
    };
}

/// <summary>
/// Actions exactly as api.md names them (POST /cases/{id}/{action}, <see cref="All"/>), plus "accept" and "complete",
/// which happen by themselves when a case is created.
/// </summary>
public static class CaseActions
{
    public const string Accept = "accept";
    public const string Complete = "complete";
    public const string Submit = "submit";
    public const string Approve = "approve";
    public const string Return = "return";
    public const string Resubmit = "resubmit";
    public const string Reject = "reject";
    public const string Withdraw = "withdraw";
    public const string Archive = "archive";

    /// <summary>修改申请表: not a move (PATCH /cases/{id}/form), but a history row of its own.</summary>
    public const string Correct = "correct";

    public static readonly IReadOnlyList<string> All = [Submit, Approve, Return, Resubmit, Reject, Withdraw, Archive];

    public static string Label(string action) => action switch
    {
        Accept => "受理",
        Complete => "即办办结",
        Submit => "提交审核",
        Approve => "审核通过",
        Return => "退回补正",
        Resubmit => "补正后重新提交",
        Reject => "不予受理/审核不通过",
        Withdraw => "撤回",
        Archive => "纸质材料归档",
        Correct => "修改申请表",
        _ => action,
    };
}

public static class CaseTiers
{
    public const string Village = "village";
    public const string Township = "township";
    public const string District = "district";

    public static string Label(string tier) => tier switch
    {
        Village => "村（社区）",
        Township => "乡镇（街道）",
        District => "区级中心",
        _ => tier,
    };
}
