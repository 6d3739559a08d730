using Shebao.Core.Platform.Security;

namespace Shebao.Core.Modules.Identity.Demo;

public sealed record DemoAccount(string UserName, string DisplayName, string Role, string OrgUnitCode);

/// <summary>The demo-mode accounts; all share <see cref="Password"/>, shown only in demo mode.</summary>
public static class DemoAccounts
{
    public const string Password = "Yeji@2026";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("admin", "区级系统管理员（演示）", RoleNames.DistrictAdmin, "341504"),
        new("auditor", "审计管理员（演示）", RoleNames.Auditor, "341504"),
        new("zj.review", "征缴中心审核员（演示）", RoleNames.DistrictReviewer, "341504-ZJ"),
        new("yl.review", "养老中心审核员（演示）", RoleNames.DistrictReviewer, "341504-YL"),
        new("jb.review", "居保中心审核员（演示）", RoleNames.DistrictReviewer, "341504-JB"),
        new("gs.review", "工伤中心审核员（演示）", RoleNames.DistrictReviewer, "341504-GS"),
        new("xx.review", "信息中心审核员（演示）", RoleNames.DistrictReviewer, "341504-XX"),
        new("jy.review", "就业中心审核员（演示）", RoleNames.DistrictReviewer, "341504-JY"),
        new("shihe.clerk", "史河街道经办员（演示）", RoleNames.TownshipClerk, "341504001"),
        new("pinggang.clerk", "平岗街道经办员（演示）", RoleNames.TownshipClerk, "341504002"),
        new("sanyuan.clerk", "三元镇经办员（演示）", RoleNames.TownshipClerk, "341504102"),
        new("hongji.clerk", "洪集镇经办员（演示）", RoleNames.TownshipClerk, "341504103"),
        new("yaoli.clerk", "姚李镇经办员（演示）", RoleNames.TownshipClerk, "341504104"),
        new("sungang.clerk", "孙岗乡经办员（演示）", RoleNames.TownshipClerk, "341504200"),
        new("shunhe.clerk", "顺河社区经办员（演示）", RoleNames.VillageClerk, "341504001003"),
        new("pengzhou.clerk", "彭洲村经办员（演示）", RoleNames.VillageClerk, "341504001202"),
        new("wulou.clerk", "五楼村经办员（演示）", RoleNames.VillageClerk, "341504002200"),
        new("heping.clerk", "和平村经办员（演示）", RoleNames.VillageClerk, "341504002201"),
        new("sanyuan1.clerk", "三元镇示范一村经办员（演示）", RoleNames.VillageClerk, "341504102901"),
        new("sanyuan2.clerk", "三元镇示范二村经办员（演示）", RoleNames.VillageClerk, "341504102902"),
        new("hongji1.clerk", "洪集镇示范一村经办员（演示）", RoleNames.VillageClerk, "341504103901"),
        new("hongji2.clerk", "洪集镇示范二村经办员（演示）", RoleNames.VillageClerk, "341504103902"),
        new("yuyuan.clerk", "裕园村经办员（演示）", RoleNames.VillageClerk, "341504104239"),
        new("guanghua.clerk", "光华村经办员（演示）", RoleNames.VillageClerk, "341504104240"),
        new("gaozhuang.clerk", "高庄村经办员（演示）", RoleNames.VillageClerk, "341504200200"),
        new("shuanglou.clerk", "双楼村经办员（演示）", RoleNames.VillageClerk, "341504200204"),
    ];
}
