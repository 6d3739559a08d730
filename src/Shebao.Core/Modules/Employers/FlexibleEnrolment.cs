namespace Shebao.Core.Modules.Employers;

/// <summary>灵活就业 (个体缴费) 企业职工基本养老保险: one period of a person paying as an individual (A1-01).</summary>
internal sealed class FlexibleEnrolment
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public decimal BaseAmount { get; set; }                    // 缴费基数 (元/月)
    public decimal BaseRatio { get; set; }                     // 档次, share of the average wage (0.6–3.0)
    public string StartMonth { get; set; } = "";               // "yyyy-MM"
    public string? EndMonth { get; set; }                      // 停保年月
    public string Status { get; set; } = FlexibleStatuses.Active;
    public string? StopReason { get; set; }
    public Guid? CaseId { get; set; }
    public string? CaseNumber { get; set; }
    public Guid? StopCaseId { get; set; }
    public string? StopCaseNumber { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
}

internal static class FlexibleStatuses
{
    public const string Active = "1";
    public const string Stopped = "2";

    public static string Label(string code) => code == Active ? "参保缴费" : code == Stopped ? "停保" : code;
}
