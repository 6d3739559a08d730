namespace Shebao.Core.Modules.Queries.Catalogue;

/// <summary>
/// 征缴中心: A2-01 单位人员增减明细, A2-02 单位征缴计划 (征集合计单), A2-05 缴费通知单, A2-06 工程项目列表, A2-07 项目参保证明.
/// Employer datasets are by 统一社会信用代码 and 费款所属期 (or 核定年月); the construction projects (按项目参保工伤) are by
/// 项目编号 and carry the 施工单位's credit code, by which A2-06 lists one builder's projects (all of them: no period,
/// as catalogue.json asks only for the credit code and optionally a project code).
/// </summary>
internal sealed class CollectionQueries : IQueryCatalogue
{
    private const string Centre = "ZJ";

    /// <summary>The 险种 a plan or notice row is for (the names on the provincial 征集合计单).</summary>
    public static readonly IReadOnlyList<string> InsuranceKinds = ["企业职工基本养老保险", "失业保险", "工伤保险"];

    private static DatasetField CreditCode(string label = "统一社会信用代码") => new("creditCode", label, FieldType.CreditCode);

    private static DatasetField UnitName(string label = "单位名称") => new("unitName", label, FieldType.Text);

    public static readonly DatasetDefinition RollChanges = new(
        "employer-roll-changes", "单位人员增减明细", Centre, SubjectKind.Employer, "creditCode", "unitName", "period",
        ["period", "idNumber", "kind"],
        [
            CreditCode(), UnitName(),
            new("period", "费款所属期", FieldType.Month),
            new("name", "姓名", FieldType.Text, MaxLength: 50),
            new("idNumber", "身份证号码", FieldType.IdNumber),
            new("kind", "增减", FieldType.Code, Options: ["增员", "减员"]),
            new("reason", "原因", FieldType.Text, MaxLength: 50),
            new("effectiveMonth", "生效年月", FieldType.Month),
            new("wageBase", "缴费基数", FieldType.Money),
            new("insurances", "险种", FieldType.Text, MaxLength: 30),
            new("handledAt", "经办时间", FieldType.Date),
        ]);

    public static readonly DatasetDefinition Plans = new(
        "collection-plans", "单位征缴计划", Centre, SubjectKind.Employer, "creditCode", "unitName", "period",
        ["period", "insurance"],
        [
            CreditCode(), UnitName(),
            new("period", "核定年月", FieldType.Month),
            new("serialNo", "征集流水号", FieldType.Text, MaxLength: 30),
            new("insurance", "险种", FieldType.Code, Options: InsuranceKinds),
            new("headcount", "人数", FieldType.Integer),
            new("baseTotal", "缴费基数合计", FieldType.Money),
            new("unitAmount", "单位应缴", FieldType.Money),
            new("personalAmount", "个人应缴", FieldType.Money),
            new("totalAmount", "应缴合计", FieldType.Money),
            new("approvedOn", "核定日期", FieldType.Date),
            new("booked", "记账标志", FieldType.Code, Options: ["已记账", "未记账"]),
        ]);

    public static readonly DatasetDefinition Notices = new(
        "payment-notices", "单位社会保险缴费通知单", Centre, SubjectKind.Employer, "creditCode", "unitName", "period",
        ["period", "insurance"],
        [
            CreditCode(), UnitName(),
            new("period", "费款所属期", FieldType.Month),
            new("insurance", "险种", FieldType.Code, Options: InsuranceKinds),
            new("payers", "缴费人数", FieldType.Integer),
            new("baseTotal", "缴费基数合计", FieldType.Money),
            new("unitRate", "单位费率", FieldType.Percent),
            new("unitAmount", "单位应缴", FieldType.Money),
            new("personalRate", "个人费率", FieldType.Percent),
            new("personalAmount", "个人应缴", FieldType.Money),
            new("lateFee", "滞纳金", FieldType.Money),
            new("subtotal", "小计", FieldType.Money),
            new("dueDate", "缴费期限", FieldType.Date),
            new("collector", "征收机构", FieldType.Text),
        ]);

    public static readonly DatasetDefinition Projects = new(
        "construction-projects", "按项目参加工伤保险的工程项目", Centre, SubjectKind.Project, "projectCode", "projectName", null,
        [],
        [
            new("projectCode", "项目编号", FieldType.Text, MaxLength: 30),
            new("projectName", "项目名称", FieldType.Text),
            CreditCode("施工单位统一社会信用代码"),
            new("builder", "施工单位", FieldType.Text),
            new("owner", "建设单位", FieldType.Text),
            new("site", "工程地点", FieldType.Text),
            new("contractPrice", "合同造价", FieldType.Money),
            new("startDate", "开工日期", FieldType.Date),
            new("endDate", "竣工日期", FieldType.Date),
            new("insuredOn", "参保日期", FieldType.Date),
            new("insuredFrom", "参保起始日期", FieldType.Date),
            new("insuredTo", "参保终止日期", FieldType.Date),
            new("rate", "费率", FieldType.Percent),
            new("premium", "缴费金额", FieldType.Money),
            new("status", "状态", FieldType.Code, Options: ["参保中", "已竣工", "已终止"]),
        ]);

    public IEnumerable<DatasetDefinition> Datasets => [RollChanges, Plans, Notices, Projects];

    public IEnumerable<QueryItemDefinition> Items =>
    [
        new("A2-01", "单位人员增减明细", RollChanges.Code, QueryLayout.Table,
            ["period", "name", "idNumber", "kind", "reason", "effectiveMonth", "wageBase", "insurances", "handledAt"]),
        new("A2-02", "单位征缴计划（征集合计单）", Plans.Code, QueryLayout.Table,
            ["period", "serialNo", "insurance", "headcount", "baseTotal", "unitAmount", "personalAmount", "totalAmount", "booked"],
            SumColumns: ["unitAmount", "personalAmount", "totalAmount"],
            Notes: ["人数、缴费基数合计按核定年月和险种统计；应缴合计 = 单位应缴 + 个人应缴。"]),
        new("A2-05", "单位社会保险缴费通知单", Notices.Code, QueryLayout.Table,
            ["insurance", "payers", "baseTotal", "unitRate", "unitAmount", "personalRate", "personalAmount", "lateFee", "subtotal"],
            SumColumns: ["unitAmount", "personalAmount", "lateFee", "subtotal"],
            CapitalsOf: "subtotal",
            HeaderFields: ["period", "dueDate", "collector"],
            Notes:
            [
                "请在缴费期限内向征收机构足额缴纳；逾期未缴的，自滞纳之日起按日加收万分之五的滞纳金（《社会保险法》第八十六条）。",
                "个人应缴部分由单位从职工工资中代扣代缴，并按月告知职工本人（《社会保险法》第六十条）。",
            ],
            SinglePeriod: true),
        new("A2-06", "工程项目列表", Projects.Code, QueryLayout.Table,
            ["projectCode", "projectName", "owner", "site", "contractPrice", "startDate", "endDate", "insuredOn", "rate", "premium", "status"],
            SumColumns: ["contractPrice", "premium"],
            QueryBy: SubjectKind.Employer),
        new("A2-07", "工程项目参加工伤保险证明", Projects.Code, QueryLayout.Sheet,
            ["builder", "creditCode", "owner", "site", "contractPrice", "insuredFrom", "insuredTo", "rate", "premium", "status"],
            Statement: "兹证明{projectName}（项目编号{projectCode}）施工单位{builder}已按项目参加工伤保险，参保期限{insuredFrom}至{insuredTo}，已缴纳工伤保险费{premium}元。特此证明。",
            Notes: ["参保险种：工伤保险（按项目参保）。本证明可凭证明编号和验证码在叶集区社会保险服务平台核验。"],
            ProofDays: 90),
    ];
}
