namespace Shebao.Core.Modules.ServiceItems;

public sealed record TimeLimit(int Days, string Kind);

public sealed record Material(string Code, string Name, bool Required);

public sealed record FieldOption(string Value, string Label);

public sealed record FormField(string Key, string Label, string Type, bool Required, IReadOnlyList<FieldOption>? Options);

/// <summary>
/// One of the 44 items of the seed. Items are catalogue rows, not classes: tiers, review, materials,
/// fields and time limit are data (catalogue.json), versioned with the code that interprets them.
/// </summary>
public sealed record ServiceItem(
    string Code, string Name, string NameEn, string Department, string Category, string Review,
    IReadOnlyList<string> AcceptingTiers, TimeLimit? TimeLimit, string TimeLimitText, string TimeLimitSource,
    string TimeLimitConfidence, string? ReturnKind, string LowerTierDuty, string DistrictDuty, string Description,
    IReadOnlyList<string> LegalBasis, IReadOnlyList<Material> Materials, IReadOnlyList<FormField> Fields)
{
    /// <summary>Shown as 待确认 wherever the time limit is used.</summary>
    public bool TimeLimitToConfirm => TimeLimitConfidence != "source";
}

public static class Departments
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["ZJ"] = "征缴中心", ["YL"] = "养老中心", ["JB"] = "居保中心", ["GS"] = "工伤中心", ["XX"] = "信息中心", ["JY"] = "就业中心",
    };

    public static string CentreCode(string department) => $"341504-{department}";
}

public static class Categories
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["handling"] = "业务办理", ["certification"] = "资格认证", ["card"] = "社保卡", ["query"] = "查询打印", ["calculation"] = "待遇测算",
    };
}
