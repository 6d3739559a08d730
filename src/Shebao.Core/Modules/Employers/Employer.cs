using Shebao.Core.Modules.Organisations;

namespace Shebao.Core.Modules.Employers;

/// <summary>单位: an employer registered for social insurance at a village or township of the district.</summary>
public sealed class Employer : IOrgScoped
{
    public Guid Id { get; set; }
    public string UnitCode { get; set; } = "";                 // aab001 单位编号
    public string CreditCode { get; set; } = "";               // 统一社会信用代码 (GB 32100)
    public string Name { get; set; } = "";                     // aaa129 单位名称
    public string LegalRepresentative { get; set; } = "";      // 法人代表
    public string Officer { get; set; } = "";                  // 专管员
    public int InjuryRiskClass { get; set; } = 1;              // 工伤 行业风险类别 1–8
    public string OrgUnitCode { get; set; } = "";              // 登记机构: village or township code
    public string OrgPath { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>参保人员名册 row statuses; the aac008 codes.</summary>
internal static class RollStatuses
{
    public const string Active = "1";
    public const string Suspended = "2";
    public const string Ended = "4";

    public static string Label(string code) => code switch
    {
        Active => "在职参保",
        Suspended => "暂停参保",
        Ended => "终止参保",
        _ => code,
    };
}

/// <summary>减员原因 and the status each leads to (domain.md §5.2).</summary>
internal static class RemoveReasons
{
    public static readonly IReadOnlyDictionary<string, (string Label, string Status)> All = new Dictionary<string, (string, string)>
    {
        ["contract-ended"] = ("解除劳动合同", RollStatuses.Suspended),
        ["resigned"] = ("辞职", RollStatuses.Suspended),
        ["dismissed"] = ("辞退", RollStatuses.Suspended),
        ["military"] = ("参军", RollStatuses.Suspended),
        ["other"] = ("其他", RollStatuses.Suspended),
        ["retired"] = ("退休", RollStatuses.Ended),
        ["deceased"] = ("死亡", RollStatuses.Ended),
    };
}

