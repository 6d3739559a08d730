namespace Shebao.Core.Modules.Parameters;

/// <summary>
/// One effective-dated version of a figure that policy sets (domain.md §1). Rows are never overwritten:
/// a change closes the current row (ValidTo) and adds a new one, so old calculations can be redone with
/// the values of their own date.
/// </summary>
public sealed class PolicyParameter
{
    public long Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>"000000" national, "340000" Anhui, "341500" Lu'an, "341504" Yeji, or a township/village code.</summary>
    public string RegionCode { get; set; } = Regions.National;

    public DateOnly ValidFrom { get; set; }

    /// <summary>Exclusive; null = still in force.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>A JSON value: a number, a string, a list or an object (a table or a rule).</summary>
    public string Value { get; set; } = "";

    public string Unit { get; set; } = "";
    public string Confidence { get; set; } = Confidences.Unconfirmed;

    /// <summary>The 文号 or citation the value comes from.</summary>
    public string SourceDoc { get; set; } = "";

    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }

    public bool ToConfirm => Confidence != Confidences.Source;

    public bool AppliesOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date < ValidTo);
}

internal static class Confidences
{
    public const string Source = "source";
    public const string ThirdParty = "third-party";
    public const string Unconfirmed = "unconfirmed";

    public static readonly IReadOnlyList<string> All = [Source, ThirdParty, Unconfirmed];

    public static string Label(string confidence) => confidence == Source ? "已核对" : "待确认";
}

public static class Regions
{
    public const string National = "000000";
    public const string Anhui = "340000";
    public const string LuAn = "341500";
    public const string Yeji = "341504";

    /// <summary>Most specific first: a value set for Yeji wins over Lu'an's, Anhui's and the national one.</summary>
    public static readonly IReadOnlyList<string> YejiChain = [Yeji, LuAn, Anhui, National];

    public static string Label(string code) => code switch
    {
        National => "全国",
        Anhui => "安徽省",
        LuAn => "六安市",
        Yeji => "叶集区",
        _ => code,
    };
}
