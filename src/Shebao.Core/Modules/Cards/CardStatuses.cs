namespace Shebao.Core.Modules.Cards;

/// <summary>Card statuses exactly as api.md names them.</summary>
public static class CardStatuses
{
    public const string Applied = "applied";
    public const string Producing = "producing";
    public const string Ready = "ready";
    public const string Unactivated = "unactivated";
    public const string Normal = "normal";
    public const string TemporaryLoss = "temporary-loss";
    public const string FormalLoss = "formal-loss";
    public const string Replacing = "replacing";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All = [Applied, Producing, Ready, Unactivated, Normal, TemporaryLoss, FormalLoss, Replacing, Cancelled];

    /// <summary>A person has at most one card in any other status than these two.</summary>
    public static readonly IReadOnlyList<string> Retired = [Replacing, Cancelled];

    public static bool IsLoss(string status) => status is TemporaryLoss or FormalLoss;

    public static bool IsValid(string status) => !Retired.Contains(status);

    public static string Label(string status) => status switch
    {
        Applied => "申领已受理",
        Producing => "制卡中",
        Ready => "待领卡",
        Unactivated => "未启用",
        Normal => "正常",
        TemporaryLoss => "临时挂失",
        FormalLoss => "正式挂失",
        Replacing => "补换中",
        Cancelled => "已注销",
        _ => status,
    };
}

/// <summary>Status of one application on the card (社保应用, 金融账户).</summary>
internal static class AppStatuses
{
    public const string NotOpened = "not-opened";
    public const string Inactive = "inactive";
    public const string BankPending = "bank-pending";
    public const string Active = "active";
    public const string Frozen = "frozen";
    public const string Closed = "closed";

    public static string SocialFor(string cardStatus) => cardStatus switch
    {
        CardStatuses.Applied or CardStatuses.Producing or CardStatuses.Ready => NotOpened,
        CardStatuses.Unactivated => Inactive,
        CardStatuses.Normal => Active,
        CardStatuses.Cancelled => Closed,
        _ => Frozen,
    };

    /// <summary>The bank activates the account itself; the platform only knows it exists, is frozen or closed.</summary>
    public static string FinancialFor(string cardStatus, string current) => cardStatus switch
    {
        CardStatuses.Applied or CardStatuses.Producing or CardStatuses.Ready => NotOpened,
        CardStatuses.Cancelled => Closed,
        CardStatuses.Unactivated or CardStatuses.Normal => current == Active ? Active : BankPending,
        _ => Frozen,
    };

    public static string Label(string status) => status switch
    {
        NotOpened => "未开通",
        Inactive => "未启用",
        BankPending => "待银行网点激活",
        Active => "正常",
        Frozen => "冻结",
        Closed => "已注销",
        _ => status,
    };
}

/// <summary>Operations as recorded in the card's events (and named in api.md where it names them).</summary>
public static class CardOperations
{
    public const string Apply = "apply";
    public const string Export = "export";
    public const string Produce = "produce";
    public const string Fail = "fail";
    public const string Collect = "collect";
    public const string Activate = "activate";
    public const string ReportTemporaryLoss = "report-temporary-loss";
    public const string ReportFormalLoss = "report-formal-loss";
    public const string CancelLoss = "cancel-loss";
    public const string Expire = "expire";
    public const string ReplaceLost = "replace-lost";
    public const string ReplaceHandedIn = "replace-handed-in";
    public const string Retire = "retire";
    public const string ChangePin = "change-pin";
    public const string ResetPin = "reset-pin";
    public const string ChangeInfo = "change-info";

    public static readonly IReadOnlyList<string> All =
        [Export, Produce, Fail, Collect, Activate, ReportTemporaryLoss, ReportFormalLoss, CancelLoss, Expire, ReplaceLost, ReplaceHandedIn, Retire, ChangePin, ResetPin, ChangeInfo];

    public static string Label(string operation) => operation switch
    {
        Apply => "申领受理",
        Export => "制卡批次导出",
        Produce => "制卡完成",
        Fail => "制卡失败（重新制卡）",
        Collect => "领卡",
        Activate => "启用",
        ReportTemporaryLoss => "临时挂失",
        ReportFormalLoss => "正式挂失",
        CancelLoss => "解挂",
        Expire => "临时挂失到期自动解除",
        ReplaceLost => "补领（挂失补卡）",
        ReplaceHandedIn => "换领（交回原卡）",
        Retire => "新卡已领，原卡注销",
        ChangePin => "密码修改",
        ResetPin => "密码重置",
        ChangeInfo => "信息变更",
        _ => operation,
    };
}
