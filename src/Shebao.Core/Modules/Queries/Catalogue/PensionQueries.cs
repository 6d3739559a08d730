namespace Shebao.Core.Modules.Queries.Catalogue;

/// <summary>
/// 养老中心 (企业职工): A2-08 养老待遇明细, A2-11 月发放养老金构成明细表, A2-12 退休人员基本信息, A2-13 调整养老金待遇信息
/// (domain.md §5.3, §7). Three datasets from the provincial 企业职工养老 system: the retiree's basic data (one row per
/// retiree), the monthly payments with their components (one row per 费款所属期) and the yearly adjustments (one row per
/// 调整年度). A2-11 is no dataset of its own: it is the latest payment month laid out as 项目/金额, so the printed
/// composition can never disagree with the payment detail.
/// Demo data (Demo/retiree-*.csv): adjustments take effect in January and are paid in August with 7 months' 补发; the
/// Anhui split of the national 3.8 % / 3 % / 2 % (定额 35/27/18 元, 1.0/0.8/0.5 元 per full year, 1.3 %/1.0 %/0.7 % of
/// the pension, 高龄 倾斜 from 70) is illustrative, not the published notice.
/// </summary>
internal sealed class PensionQueries : IQueryCatalogue
{
    internal const string Centre = "YL";

    public IEnumerable<DatasetDefinition> Datasets =>
    [
        new("retiree-basics", "企业退休人员基本信息", Centre, SubjectKind.Person, "idNumber", "name", null, ["personalNumber"],
        [
            new("personalNumber", "个人编号", FieldType.Text, MaxLength: 20),
            .. Person(),
            new("unit", "单位名称", FieldType.Text),
            new("workStart", "参加工作时间", FieldType.Month),
            new("retireDate", "退休日期", FieldType.Date),
            new("benefitStart", "待遇开始时间", FieldType.Month),
            new("retireType", "退休类别", FieldType.Code, Options: ["正常", "特殊工种", "病退"]),
            new("paidYears", "缴费年限", FieldType.Decimal),
            new("deemedYears", "视同缴费年限", FieldType.Decimal),
            new("status", "待遇发放状态", FieldType.Code, Options: PaymentStatuses),
            new("pension", "退休金", FieldType.Money),
        ]),
        new("retiree-payments", "企业职工养老待遇发放明细", Centre, SubjectKind.Person, "idNumber", "name", "period", ["period"],
        [
            .. Person(),
            new("period", "费款所属期", FieldType.Month),
            new("paidMonth", "实付年月", FieldType.Month),
            new("payFlag", "支付标志", FieldType.Code, Options: ["已支付", "未支付"]),
            new("basicPension", "基础养老金", FieldType.Money),
            new("accountPension", "个人账户养老金", FieldType.Money),
            new("transitionalPension", "过渡性养老金", FieldType.Money),
            new("transitionalAdjustment", "过渡性调节金", FieldType.Money),
            new("adjustments", "历年调整增加额", FieldType.Money),
            new("otherAllowance", "其他补贴", FieldType.Money),
            new("backPay", "补发金额", FieldType.Money),
            new("grossTotal", "应发合计", FieldType.Money),
            new("deduction", "代扣", FieldType.Money),
            new("netPay", "实发", FieldType.Money),
        ]),
        new("retiree-adjustments", "企业退休人员养老金调整信息", Centre, SubjectKind.Person, "idNumber", "name", "year", ["year"], Adjustment("挂钩调整（缴费年限）")),
    ];

    private static readonly string[] PaymentComponents =
        ["basicPension", "accountPension", "transitionalPension", "transitionalAdjustment", "adjustments", "otherAllowance", "backPay", "grossTotal", "deduction", "netPay"];

    public IEnumerable<QueryItemDefinition> Items =>
    [
        new("A2-08", "养老待遇明细", "retiree-payments", QueryLayout.Table, ["period", "paidMonth", "payFlag", .. PaymentComponents], SumColumns: PaymentComponents,
            Notes: ["应发合计 = 基础养老金 + 个人账户养老金 + 过渡性养老金 + 过渡性调节金 + 历年调整增加额 + 其他补贴 + 补发金额；实发 = 应发合计 − 代扣。"]),
        new("A2-11", "企业职工月发放养老金构成明细表", "retiree-payments", QueryLayout.Composition, PaymentComponents, CapitalsOf: "netPay",
            HeaderFields: ["period", "paidMonth"],
            Notes: ["本表为所选发放年月（未选时为最近一个月）的养老金构成；应发合计为各项之和，实发 = 应发合计 − 代扣。"]),
        new("A2-12", "退休人员基本信息", "retiree-basics", QueryLayout.Sheet,
            ["personalNumber", "name", "idNumber", "unit", "workStart", "retireDate", "benefitStart", "retireType", "paidYears", "deemedYears", "status", "pension"],
            Notes: ["缴费年限为实际缴费年限，不含视同缴费年限；退休金为现月基本养老金（不含其他补贴）。"]),
        new("A2-13", "退休人员调整养老金待遇信息", "retiree-adjustments", QueryLayout.Table, AdjustmentColumns, SumColumns: AdjustmentSums,
            Notes: ["调整后金额 = 调整前金额 + 定额调整 + 挂钩调整 + 倾斜调整；调整自当年1月起执行，补发金额 = 月增加额 × 补发月数。"]),
    ];

    // Shared with the 机关保 group (OrganQueries): the subject columns, the payment statuses and the yearly adjustment table.

    internal static readonly string[] PaymentStatuses = ["正常发放", "暂停发放", "终止发放"];

    internal static DatasetField[] Person() => [new("idNumber", "公民身份号码", FieldType.IdNumber), new("name", "姓名", FieldType.Text, MaxLength: 50)];

    internal static readonly string[] AdjustmentColumns =
        ["year", "before", "fixedAmount", "linkedYears", "linkedPension", "tilted", "after", "backPayMonths", "backPayAmount"];

    internal static readonly string[] AdjustmentSums = ["fixedAmount", "linkedYears", "linkedPension", "tilted", "backPayAmount"];

    /// <summary>One row per 调整年度; <paramref name="yearsLabel"/> names what the 挂钩 part counts (缴费年限 or 工作年限).</summary>
    internal static DatasetField[] Adjustment(string yearsLabel, string afterLabel = "调整后金额") =>
    [
        .. Person(),
        new("year", "调整年度", FieldType.Year),
        new("before", "调整前金额", FieldType.Money),
        new("fixedAmount", "定额调整", FieldType.Money),
        new("linkedYears", yearsLabel, FieldType.Money),
        new("linkedPension", "挂钩调整（本人养老金）", FieldType.Money),
        new("tilted", "倾斜调整", FieldType.Money),
        new("after", afterLabel, FieldType.Money),
        new("backPayMonths", "补发月数", FieldType.Integer),
        new("backPayAmount", "补发金额", FieldType.Money),
    ];
}
