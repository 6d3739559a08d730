namespace Shebao.Core.Modules.Resident;

/// <summary>The monthly 城居保 pension of one person, as approved (A1-10) and later paused, resumed or ended.</summary>
internal sealed class ResidentBenefit
{
    public Guid PersonId { get; set; }
    public string StartMonth { get; set; } = "";           // aic160
    public decimal BasicCentral { get; set; }
    public decimal BasicProvincial { get; set; }
    public decimal BasicCity { get; set; }
    public decimal BasicCounty { get; set; }
    public decimal BasicBonus { get; set; }
    public decimal AccountPension { get; set; }
    public decimal Monthly { get; set; }                   // aic166
    public decimal AccountBalanceAtStart { get; set; }
    public decimal Divisor { get; set; }
    public int YearsPaid { get; set; }
    /// <summary>"code@validFrom" of every parameter version the amount used, comma-separated.</summary>
    public string ParametersUsed { get; set; } = "";
    public string? PaymentAccountCipher { get; set; }
    public string? PaymentAccountMasked { get; set; }
    public string Status { get; set; } = BenefitStatuses.Normal;
    public string? PaidThroughMonth { get; set; }
    public string? PauseReason { get; set; }               // aae160 1201/1202/1299
    public string? PauseMonth { get; set; }
    public string? ResumedMonth { get; set; }
    public int BackPayMonths { get; set; }
    public decimal BackPayAmount { get; set; }
    public string? TerminationReason { get; set; }         // 1401/1406/1407/1499
    public string? TerminationMonth { get; set; }          // aic301
    public DateOnly? DeathDate { get; set; }
    /// <summary>Payments made for months after entitlement ended (death month, or the month before termination).</summary>
    public decimal Overpayment { get; set; }
    /// <summary>The part of the overpayment taken back from the account balance (经办条例 art. 46); the rest is still to recover.</summary>
    public decimal OverpaymentDeducted { get; set; }
    public decimal Refund { get; set; }                    // aae028, after the deduction
    public decimal FuneralGrant { get; set; }
    public string? HeirName { get; set; }
    public string? HeirIdMasked { get; set; }
    public string? HeirIdCipher { get; set; }
    public string? HeirRelationship { get; set; }
    public string? HeirAccountCipher { get; set; }
    public string? HeirAccountMasked { get; set; }
    public Guid? CaseId { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal static class BenefitStatuses
{
    public const string Normal = "normal";
    public const string Paused = "paused";
    public const string Terminated = "terminated";

    public static string Label(string status) => status switch { Normal => "正常发放", Paused => "暂停发放", _ => "已终止" };
}

/// <summary>aae160 reasons (domain.md §5.1).</summary>
internal static class ResidentReasons
{
    public const string NotCertified = "1201";
    public const string Imprisoned = "1202";
    public const string OtherPause = "1299";
    public const string Death = "1401";
    public const string SettledAbroad = "1406";
    public const string JoinedEmployeePension = "1407";
    public const string OtherTermination = "1499";
    public const string OtherInterruption = "6399";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [NotCertified] = "未提供生存证明（未认证）",
        [Imprisoned] = "被判刑收监执行",
        [OtherPause] = "其他原因暂停",
        [Death] = "死亡",
        [SettledAbroad] = "出外定居",
        [JoinedEmployeePension] = "参加职保",
        [OtherTermination] = "其他原因终止",
        [OtherInterruption] = "其他原因中断缴费",
    };

    public static string Label(string? code) => code is null ? "" : Labels.TryGetValue(code, out var l) ? $"{code} {l}" : code;
}
