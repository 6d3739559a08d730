using Shebao.Core.Modules.Organisations;

namespace Shebao.Core.Modules.Certification;

/// <summary>
/// One person receiving a long-term benefit of one scheme (企业职工 养老 or 工伤), who must be certified every
/// 12 months. Name and masked ID are copied from the person for the village lists; months are "yyyy-MM".
/// </summary>
public sealed class Beneficiary : IOrgScoped, ICentreOwned
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public string Scheme { get; set; } = Schemes.EmployeePension;
    public string CentreCode { get; set; } = "";               // 341504-YL / 341504-GS
    public string SubjectType { get; set; } = SubjectTypes.Retiree;
    public string BenefitItems { get; set; } = "";             // 待遇项目, 、-separated labels
    public string? DisabilityGrade { get; set; }               // 伤残等级 1–10
    public string? DeceasedWorkerName { get; set; }            // 关联工亡职工 (survivors)
    public string? Relationship { get; set; }                  // 与工亡职工关系
    public decimal MonthlyAmount { get; set; }                 // 月待遇, yuan
    public string Name { get; set; } = "";
    public string IdNumberMasked { get; set; } = "";
    public string VillageCode { get; set; } = "";
    public string OrgPath { get; set; } = "";

    public DateOnly? LastCertifiedOn { get; set; }             // aac095/aac096
    public string? LastMethod { get; set; }                    // aac098
    public string? LastPlace { get; set; }
    public string NextDueMonth { get; set; } = "";             // aac099, yyyy-MM

    public string Status { get; set; } = BenefitStatuses.Active;   // aae116
    public string? PausedFrom { get; set; }                    // yyyy-MM
    public string? PauseReason { get; set; }                   // 1201 / 1202 / 1299
    public string? TerminatedFrom { get; set; }                // yyyy-MM

    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>One pause of a benefit and, once lifted, its resumption and back-pay.</summary>
internal sealed class BenefitPause
{
    public long Id { get; set; }
    public Guid BeneficiaryId { get; set; }
    public Guid PersonId { get; set; }
    public string FromMonth { get; set; } = "";
    public string Reason { get; set; } = "";
    public string? Remarks { get; set; }
    public string PausedBy { get; set; } = "";
    public DateTime PausedAt { get; set; }
    public string? CaseNumber { get; set; }
    public string? ResumedMonth { get; set; }
    public int BackPayMonths { get; set; }
    public decimal BackPayAmount { get; set; }
    public string? ResumedBy { get; set; }
}

/// <summary>An imported death record that matched a registered person receiving a benefit: a village follow-up.</summary>
internal sealed class SuspectedDeath : IOrgScoped, ICentreOwned
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid? BeneficiaryId { get; set; }
    public string Scheme { get; set; } = "";                   // employee-pension / work-injury / resident
    public string CentreCode { get; set; } = "";
    public string Name { get; set; } = "";
    public string IdNumberMasked { get; set; } = "";
    public DateOnly DeathDate { get; set; }                    // aae037
    public string Source { get; set; } = "";
    public string VillageCode { get; set; } = "";
    public string OrgPath { get; set; } = "";
    public string Outcome { get; set; } = DeathOutcomes.Open;
    public string? Remarks { get; set; }
    public DateTime ImportedAt { get; set; }
    public string? ResolvedBy { get; set; }
    public DateTime? ResolvedAt { get; set; }
}

public static class Schemes
{
    public const string EmployeePension = "employee-pension";
    public const string WorkInjury = "work-injury";
    public const string Resident = "resident";   // 城居保: only on the suspected-death list

    public static string? CentreOf(string scheme) => scheme switch
    {
        EmployeePension => "341504-YL",
        WorkInjury => "341504-GS",
        Resident => "341504-JB",
        _ => null,
    };

    public static string? ItemOf(string scheme) => scheme switch { EmployeePension => "A1-02", WorkInjury => "A1-14", _ => null };

    public static string? OfItem(string itemCode) => itemCode switch { "A1-02" or "A2-10" => EmployeePension, "A1-14" => WorkInjury, _ => null };

    public static string Label(string scheme) => scheme switch
    {
        EmployeePension => "企业职工养老",
        WorkInjury => "工伤保险",
        Resident => "城乡居民养老",
        _ => scheme,
    };

    public static string? Parse(string? text) => text?.Trim() switch
    {
        EmployeePension or "企业职工" or "企业职工养老" or "职工养老" => EmployeePension,
        WorkInjury or "工伤" or "工伤保险" => WorkInjury,
        _ => null,
    };
}

internal static class SubjectTypes
{
    public const string Retiree = "retiree";
    public const string Worker = "worker";
    public const string Dependant = "dependant";

    public static string Label(string type) => type switch { Retiree => "退休人员", Worker => "工伤职工", Dependant => "供养亲属", _ => type };

    public static string? Parse(string? text) => text?.Trim() switch
    {
        Retiree or "退休人员" or "" or null => Retiree,
        Worker or "工伤职工" => Worker,
        Dependant or "供养亲属" => Dependant,
        _ => null,
    };
}

internal static class BenefitStatuses
{
    public const string Active = "active";
    public const string Paused = "paused";
    public const string Terminated = "terminated";

    public static string Label(string status) => status switch { Active => "正常发放", Paused => "暂停发放", Terminated => "终止", _ => status };
}

/// <summary>暂停原因 (domain.md §5.1, A2-10).</summary>
internal static class PauseReasons
{
    public const string NotCertified = "1201";
    public const string Imprisoned = "1202";
    public const string Other = "1299";

    public static string Label(string? code) => code switch
    {
        NotCertified => "未提供生存证明（未认证）",
        Imprisoned => "被判刑收监执行",
        Other => "其他原因",
        _ => code ?? "",
    };
}

/// <summary>认证方式 as the catalogue's A1-02 / A1-14 options store them.</summary>
public static class CertificationMethods
{
    public static string Label(string? code) => code switch
    {
        "01" => "经办机构",
        "02" => "手机",
        "04" => "自助终端",
        "visit" => "上门认证",
        "05" => "其他",
        _ => code ?? "",
    };

    public static string? Parse(string? text) => text?.Trim() switch
    {
        "01" or "经办机构" => "01",
        "02" or "手机" => "02",
        "04" or "自助终端" => "04",
        "visit" or "上门" or "上门认证" => "visit",
        "05" or "其他" => "05",
        "" or null => null,
        _ => "?",
    };
}

public static class DeathOutcomes
{
    public const string Open = "open";
    public const string Alive = "alive";
    public const string Deceased = "deceased";
    public const string ResidentCase = "resident-case";

    public static string Label(string outcome) => outcome switch
    {
        Open => "待核实",
        Alive => "已核实：健在",
        Deceased => "已核实：死亡，待遇终止",
        ResidentCase => "已转城居保注销办件",
        _ => outcome,
    };
}
