namespace Shebao.Core.Platform.Security;

public static class RoleNames
{
    public const string VillageClerk = "village-clerk";
    public const string TownshipClerk = "township-clerk";
    public const string DistrictReviewer = "district-reviewer";
    public const string DistrictAdmin = "district-admin";
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> All = [VillageClerk, TownshipClerk, DistrictReviewer, DistrictAdmin, Auditor];

    public static string Label(string role) => role switch
    {
        VillageClerk => "村（社区）经办员",
        TownshipClerk => "乡镇（街道）经办员",
        DistrictReviewer => "区级中心审核员",
        DistrictAdmin => "区级系统管理员",
        Auditor => "审计管理员",
        _ => role,
    };

    /// <summary>The org-unit kind a role must belong to, so a village clerk cannot sit on a centre.</summary>
    public static string RequiredOrgKind(string role) => role switch
    {
        VillageClerk => "village",
        TownshipClerk => "township",
        DistrictReviewer => "centre",
        _ => "district",
    };
}
