namespace Shebao.Core.Modules.Queries.Catalogue;

/// <summary>
/// 就业中心: A2-21 技能提升补贴申领记录, A2-22 失业保险金发放记录, A2-23 失业保险金申领记录 (domain.md §5.6, §12).
/// All three are a person's records, by ID number; the bank account of a payment is kept masked only.
/// </summary>
internal sealed class EmploymentQueries : IQueryCatalogue
{
    private const string Centre = "JY";

    private static DatasetField Name => new("name", "姓名", FieldType.Text, MaxLength: 50);

    private static DatasetField IdNumber => new("idNumber", "身份证号码", FieldType.IdNumber);

    public static readonly DatasetDefinition SkillSubsidies = new(
        "skill-subsidies", "技能提升补贴申领记录", Centre, SubjectKind.Person, "idNumber", "name", "applyDate",
        ["certNo"],
        [
            Name, IdNumber,
            new("applyDate", "申请日期", FieldType.Date),
            new("certType", "证书类别", FieldType.Code, Options: ["职业资格证书", "职业技能等级证书"]),
            new("certNo", "证书编号", FieldType.Text, MaxLength: 40),
            new("occupation", "职业（工种）", FieldType.Text, MaxLength: 50),
            new("level", "等级", FieldType.Code, Options: ["五级/初级工", "四级/中级工", "三级/高级工", "二级/技师", "一级/高级技师"]),
            new("issuedOn", "发证日期", FieldType.Date),
            new("amount", "补贴金额", FieldType.Money),
            new("status", "审核状态", FieldType.Code, Options: ["审核中", "审核通过", "不予核准"]),
            new("paidOn", "发放日期", FieldType.Date, Required: false),
        ]);

    public static readonly DatasetDefinition Payments = new(
        "unemployment-payments", "失业保险金发放记录", Centre, SubjectKind.Person, "idNumber", "name", "period",
        ["period"],
        [
            Name, IdNumber,
            new("period", "发放年月", FieldType.Month),
            new("amount", "失业保险金", FieldType.Money),
            new("medicalPremium", "医保费代缴金额", FieldType.Money),
            new("status", "发放状态", FieldType.Code, Options: ["已发放", "待发放", "暂停发放", "停发（再就业）", "停发（其他）", "银行退回"]),
            new("bank", "开户银行", FieldType.Text, MaxLength: 50),
            new("bankAccount", "银行账号", FieldType.BankAccount),
        ]);

    public static readonly DatasetDefinition Claims = new(
        "unemployment-claims", "失业保险金申领记录", Centre, SubjectKind.Person, "idNumber", "name", "applyDate",
        ["claimNo"],
        [
            new("claimNo", "申领编号", FieldType.Text, MaxLength: 30),
            Name, IdNumber,
            new("applyDate", "申请日期", FieldType.Date),
            new("registeredOn", "失业登记日期", FieldType.Date),
            new("separatedOn", "解除劳动关系日期", FieldType.Date),
            new("formerEmployer", "原单位", FieldType.Text),
            new("contributionMonths", "累计缴费月数", FieldType.Integer),
            new("monthlyAmount", "核定月标准", FieldType.Money, Required: false),
            new("months", "核定期限（月）", FieldType.Integer, Required: false),
            new("fromMonth", "起始年月", FieldType.Month, Required: false),
            new("toMonth", "终止年月", FieldType.Month, Required: false),
            new("status", "审核状态", FieldType.Code, Options: ["审核中", "审核通过", "不予核准", "已终止"]),
            new("handler", "经办人", FieldType.Text, MaxLength: 20),
            new("remark", "备注", FieldType.Text, Required: false, MaxLength: 200),
        ]);

    public IEnumerable<DatasetDefinition> Datasets => [SkillSubsidies, Payments, Claims];

    public IEnumerable<QueryItemDefinition> Items =>
    [
        new("A2-21", "技能提升补贴申领记录", SkillSubsidies.Code, QueryLayout.Table,
            ["applyDate", "certType", "certNo", "occupation", "level", "issuedOn", "amount", "status", "paidOn"],
            Notes: ["补贴标准：初级（五级）1000元、中级（四级）1500元、高级（三级）2000元；同一职业同一等级只能申领一次，须在发证之日起12个月内申请。"]),
        new("A2-22", "失业保险金发放记录", Payments.Code, QueryLayout.Table,
            ["period", "amount", "medicalPremium", "status", "bank", "bankAccount"],
            SumColumns: ["amount", "medicalPremium"],
            Notes: ["领取失业保险金期间，失业人员应缴纳的基本医疗保险费从失业保险基金中支付（医保费代缴金额），个人不缴纳。"]),
        new("A2-23", "失业保险金申领记录", Claims.Code, QueryLayout.Table,
            ["claimNo", "applyDate", "registeredOn", "separatedOn", "formerEmployer", "contributionMonths", "monthlyAmount", "months", "fromMonth", "toMonth", "status", "handler", "remark"],
            Notes: ["领取期限：累计缴费满1年不足5年的最长12个月，满5年不足10年的最长18个月，10年以上的最长24个月（《失业保险条例》第十七条）。"]),
    ];
}
