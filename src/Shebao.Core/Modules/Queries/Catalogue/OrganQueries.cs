using static Shebao.Core.Modules.Queries.Catalogue.PensionQueries;

namespace Shebao.Core.Modules.Queries.Catalogue;

/// <summary>
/// 养老中心 (机关事业单位): A2-14 … A2-18 机关保, A2-19/A2-20 职业年金 (domain.md §8). Six datasets from the provincial
/// 机关保 and 职业年金 systems: the member (one row per person), the approved benefit (one row per 待遇开始年月), the monthly
/// payments with their components, the yearly adjustments, and the annuity's yearly and monthly statements.
/// A2-18 养老金构成表 is a Composition over the payments, like A2-11: the composition is the latest month's components and
/// their 合计 (the monthly standard, without 补发 or 扣款), so the printed 构成表 always agrees with the 发放明细; a
/// separate composition dataset could drift from it. The 核定 (approved) amounts at retirement are in A2-15.
/// </summary>
internal sealed class OrganQueries : IQueryCatalogue
{
    private static readonly string[] Components =
        ["basicPension", "accountPension", "transitionalPension", "comparisonSupplement", "annuityPension", "adjustments"];

    private static readonly string[] AnnuityStatuses = ["正常缴费", "暂停缴费", "待遇领取", "未参加"];

    public IEnumerable<DatasetDefinition> Datasets =>
    [
        new("organ-members", "机关事业单位养老保险参保人员", Centre, SubjectKind.Person, "idNumber", "name", null, ["personalNumber"],
        [
            new("personalNumber", "个人编号", FieldType.Text, MaxLength: 20),
            .. Person(),
            new("unit", "单位名称", FieldType.Text),
            new("unitType", "单位类型", FieldType.Code, Options: ["机关", "参公", "事业"]),
            new("workStart", "参加工作时间", FieldType.Month),
            new("insuredFrom", "参保时间", FieldType.Month),
            new("deemedYears", "视同缴费年限", FieldType.Decimal),
            new("paidYears", "实际缴费年限", FieldType.Decimal),
            new("contributionBase", "缴费基数", FieldType.Money),
            new("accountBalance", "个人账户累计额", FieldType.Money),
            new("annuityStatus", "职业年金参加状态", FieldType.Code, Options: AnnuityStatuses),
            new("personStatus", "人员状态", FieldType.Code, Options: ["在职", "退休", "终止"]),
        ]),
        new("organ-benefits", "机关保养老待遇核定信息", Centre, SubjectKind.Person, "idNumber", "name", null, ["benefitStart"],
        [
            .. Person(),
            new("unit", "单位名称", FieldType.Text),
            new("retireDate", "退休日期", FieldType.Date),
            new("benefitStart", "待遇开始年月", FieldType.Month),
            new("benefitType", "待遇类别", FieldType.Code, Options: ["退休", "退职", "病残"]),
            new("basicPension", "核定基础养老金", FieldType.Money),
            new("accountPension", "核定个人账户养老金", FieldType.Money),
            new("transitionalPension", "核定过渡性养老金", FieldType.Money),
            new("comparisonSupplement", "核定新老办法对比补差", FieldType.Money),
            new("annuityPension", "核定职业年金", FieldType.Money),
            new("approvedTotal", "核定金额合计", FieldType.Money),
            new("currentPension", "现月养老金", FieldType.Money),
            new("status", "发放状态", FieldType.Code, Options: PaymentStatuses),
            new("bank", "发放银行", FieldType.Text),
        ]),
        new("organ-payments", "机关保退休待遇发放明细", Centre, SubjectKind.Person, "idNumber", "name", "period", ["period"],
        [
            .. Person(),
            new("period", "发放年月", FieldType.Month),
            new("grossTotal", "应发", FieldType.Money),
            new("basicPension", "基础养老金", FieldType.Money),
            new("accountPension", "个人账户养老金", FieldType.Money),
            new("transitionalPension", "过渡性养老金", FieldType.Money),
            new("comparisonSupplement", "新老办法对比补差", FieldType.Money),
            new("annuityPension", "职业年金", FieldType.Money),
            new("adjustments", "历年调整", FieldType.Money),
            new("standardTotal", "合计", FieldType.Money),
            new("backPay", "补发", FieldType.Money),
            new("deduction", "扣款", FieldType.Money),
            new("netPay", "实发", FieldType.Money),
            new("paidOn", "发放日期", FieldType.Date),
            new("bankAccount", "银行账号", FieldType.BankAccount),
        ]),
        new("organ-adjustments", "机关保退休人员养老金调整明细", Centre, SubjectKind.Person, "idNumber", "name", "year", ["year"],
            Adjustment("挂钩调整（工作年限）", "调整后总额")),
        new("annuity-yearly", "职业年金年度权益", Centre, SubjectKind.Person, "idNumber", "name", "year", ["year"],
        [
            .. Person(),
            new("unit", "单位名称", FieldType.Text),
            new("joinedOn", "参加职业年金时间", FieldType.Month),
            new("plan", "计划名称", FieldType.Text),
            new("trustee", "受托人", FieldType.Text),
            new("year", "年度", FieldType.Year),
            new("openingUnitNotional", "期初余额（单位记账）", FieldType.Money),
            new("openingUnitFunded", "期初余额（单位实账）", FieldType.Money),
            new("openingPersonal", "期初余额（个人）", FieldType.Money),
            new("unitContribution", "本年单位缴费", FieldType.Money),
            new("personalContribution", "本年个人缴费", FieldType.Money),
            new("transferIn", "转入", FieldType.Money),
            new("transferOut", "转出", FieldType.Money),
            new("notionalInterest", "记账利息", FieldType.Money),
            new("investmentReturn", "投资收益", FieldType.Money),
            new("closingUnit", "期末余额（单位部分）", FieldType.Money),
            new("closingPersonal", "期末余额（个人部分）", FieldType.Money),
            new("closingTotal", "期末余额合计", FieldType.Money),
        ]),
        new("annuity-monthly", "职业年金月度缴费", Centre, SubjectKind.Person, "idNumber", "name", "period", ["period"],
        [
            .. Person(),
            new("period", "费款所属期", FieldType.Month),
            new("contributionBase", "缴费基数", FieldType.Money),
            new("unitContribution", "单位缴费", FieldType.Money),
            new("personalContribution", "个人缴费", FieldType.Money),
            new("creditedOn", "到账日期", FieldType.Date),
            new("balance", "累计余额", FieldType.Money),
        ]),
    ];

    private static readonly string[] PaymentSums = ["grossTotal", .. Components, "backPay", "deduction", "netPay"];

    private static readonly string[] YearlyFlows =
        ["unitContribution", "personalContribution", "transferIn", "transferOut", "notionalInterest", "investmentReturn"];

    public IEnumerable<QueryItemDefinition> Items =>
    [
        new("A2-14", "机关事业单位养老保险个人基本信息", "organ-members", QueryLayout.Sheet,
            ["personalNumber", "name", "idNumber", "unit", "unitType", "workStart", "insuredFrom", "deemedYears", "paidYears", "contributionBase",
             "accountBalance", "annuityStatus", "personStatus"],
            Notes: ["视同缴费年限为2014年10月前的工作年限；缴费基数为本年度（退休人员为退休前最后一年）的月缴费基数；个人账户累计额在职人员为截至上一结息年度末的储存额，退休人员为退休时的储存额。"]),
        new("A2-15", "机关保养老待遇信息", "organ-benefits", QueryLayout.Sheet,
            ["name", "idNumber", "unit", "retireDate", "benefitStart", "benefitType", "basicPension", "accountPension", "transitionalPension",
             "comparisonSupplement", "annuityPension", "approvedTotal", "currentPension", "status", "bank"],
            Notes: ["核定金额为退休时核定的各项待遇；现月养老金含历年调整。"]),
        new("A2-16", "机关保退休待遇发放明细", "organ-payments", QueryLayout.Table,
            ["period", "grossTotal", .. Components, "backPay", "deduction", "netPay", "paidOn", "bankAccount"], SumColumns: PaymentSums,
            Notes: ["应发 = 各项待遇合计 + 补发；实发 = 应发 − 扣款。"]),
        new("A2-17", "机关保退休人员养老金调整明细表", "organ-adjustments", QueryLayout.Table, AdjustmentColumns, SumColumns: AdjustmentSums,
            Notes: ["调整后总额 = 调整前金额 + 定额调整 + 挂钩调整 + 倾斜调整；调整自当年1月起执行，补发金额 = 月增加额 × 补发月数。"]),
        new("A2-18", "机关保退休人员养老金构成表", "organ-payments", QueryLayout.Composition, [.. Components, "standardTotal"], CapitalsOf: "standardTotal",
            HeaderFields: ["period"],
            Notes: ["本表为所选发放年月（未选时为最近一个月）的月养老金构成，合计不含当月补发和扣款。"]),
        new("A2-19", "职业年金权益信息年度对账单", "annuity-yearly", QueryLayout.Table,
            ["year", "openingUnitNotional", "openingUnitFunded", "openingPersonal", .. YearlyFlows, "closingUnit", "closingPersonal", "closingTotal"],
            SumColumns: YearlyFlows, HeaderFields: ["unit", "joinedOn", "plan", "trustee"],
            Notes: ["期末余额合计 = 期初余额 + 本年缴费 + 转入 − 转出 + 记账利息 + 投资收益；单位记账部分按国家公布的记账利率计息，退休时做实。"]),
        new("A2-20", "职业年金权益信息月度查询", "annuity-monthly", QueryLayout.Table,
            ["period", "contributionBase", "unitContribution", "personalContribution", "creditedOn", "balance"],
            SumColumns: ["unitContribution", "personalContribution"],
            Notes: ["单位缴费为缴费基数的8%，个人缴费为缴费基数的4%；累计余额含上年末结算的记账利息和投资收益。"]),
    ];
}
