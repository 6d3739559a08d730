namespace Shebao.Core.Modules.Persons;

/// <summary>户口性质 aac009. The province's own code list is still to be confirmed (待确认).</summary>
public static class HouseholdTypes
{
    public const string Rural = "1";
    public const string Urban = "2";
    public const string Resident = "3";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [Rural] = "农业户口",
        [Urban] = "非农业户口",
        [Resident] = "居民户口",
    };
}

/// <summary>参保身份 aac066, Hunan list from the national client (domain.md §5.1); Anhui values 待确认.</summary>
public static class SpecialIdentities
{
    public const string Ordinary = "011";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["011"] = "普通参保人员",
        ["021"] = "残一级", ["022"] = "残二级", ["023"] = "残三级",
        ["031"] = "特困一级", ["032"] = "特困二级", ["033"] = "特困三级",
        ["051"] = "贫困人口一级", ["052"] = "贫困人口二级", ["053"] = "贫困人口三级",
        ["061"] = "低保对象一级", ["062"] = "低保对象二级", ["063"] = "低保对象三级",
        ["071"] = "计生特扶人员",
        ["090"] = "其他",
    };

    public static string Label(string code) => Labels.TryGetValue(code, out var l) ? l : code;
}

/// <summary>城居保 参保状态 aac008.</summary>
public static class ResidentInsuredStatuses
{
    public const string NotInsured = "0";
    public const string Insured = "1";
    public const string Suspended = "2";
    public const string Terminated = "4";
}

/// <summary>城居保 缴费状态 aac031.</summary>
public static class ResidentPaymentStatuses
{
    public const string Paying = "1";
    public const string Suspended = "2";
    public const string Receiving = "3";
}

/// <summary>城居保 参保状态 aac008 × 缴费状态 aac031 → 居保状态, per the national client.</summary>
public static class ResidentStatus
{
    public const string Unknown = "状态待核";

    public static string Label(string insured, string? payment) => (insured, payment) switch
    {
        (ResidentInsuredStatuses.NotInsured, _) => "未参保",
        (ResidentInsuredStatuses.Insured, ResidentPaymentStatuses.Paying) => "正常缴费",
        (ResidentInsuredStatuses.Suspended, ResidentPaymentStatuses.Suspended) => "暂停缴费",
        (ResidentInsuredStatuses.Insured, ResidentPaymentStatuses.Receiving) => "正常待遇",
        (ResidentInsuredStatuses.Suspended, ResidentPaymentStatuses.Receiving) => "暂停待遇",
        (ResidentInsuredStatuses.Terminated, ResidentPaymentStatuses.Receiving) => "终止参保",
        _ => Unknown,
    };

    /// <summary>参保 in the 城居保: insured, or suspended (payments or benefit); neither never enrolled nor terminated.</summary>
    public static bool IsEnrolled(string insured) => insured is ResidentInsuredStatuses.Insured or ResidentInsuredStatuses.Suspended;

    /// <summary>The one definition of 领取城居保待遇: enrolled with 缴费状态 3, whether the benefit runs or is paused.</summary>
    public static bool IsReceiving(string insured, string? payment) => IsEnrolled(insured) && payment == ResidentPaymentStatuses.Receiving;
}

/// <summary>民族 aac005, GB 3304 codes.</summary>
public static class Ethnicities
{
    private static readonly string[] Names =
    [
        "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
        "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
        "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
        "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
        "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
        "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
    ];

    public static IReadOnlyDictionary<string, string> Labels { get; } =
        Names.Select((n, i) => (Code: (i + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture), n)).ToDictionary(x => x.Code, x => x.n);

    public static string Label(string code) => Labels.TryGetValue(code, out var l) ? l : code;
}

/// <summary>职保状态, as the national client shows it for cross-checks (domain.md §5.1).</summary>
public static class EmployeePensionStatuses
{
    public const string Insured = "1";
    public const string Receiving = "2";
    public const string Suspended = "3";
    public const string LumpSumRetired = "4";
    public const string BenefitSuspended = "5";

    public static string Label(string? code) => code switch
    {
        null => "无记录",
        Insured => "正常参保",
        Receiving => "正常待遇",
        Suspended => "参保暂停",
        LumpSumRetired => "一次性退休",
        BenefitSuspended => "待遇暂停",
        _ => code,
    };
}
