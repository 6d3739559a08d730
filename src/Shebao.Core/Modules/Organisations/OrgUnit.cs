namespace Shebao.Core.Modules.Organisations;

public static class OrgKinds
{
    public const string District = "district";
    public const string Centre = "centre";
    public const string Township = "township";
    public const string Village = "village";

    public static readonly IReadOnlyList<string> All = [District, Centre, Township, Village];

    public static string Label(string kind) => kind switch
    {
        District => "区",
        Centre => "区级中心",
        Township => "乡镇（街道）",
        Village => "村（社区）",
        _ => kind,
    };
}

/// <summary>
/// A node of the district tree. <see cref="Path"/> is the materialised path ("/341504/341504001/…/"),
/// so a whole subtree is one indexed prefix match.
/// </summary>
public sealed class OrgUnit
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? ParentCode { get; set; }
    public string Path { get; set; } = "";

    /// <summary>Villages merge and are renamed; a replaced code is closed, never deleted, so old records keep their name.</summary>
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    public string Source { get; set; } = "";

    /// <summary>True for the clearly labelled demo villages that stand in for unknown official ones.</summary>
    public bool IsDemo { get; set; }

    public bool IsActive => ValidTo is null;

    public static string ChildPath(string parentPath, string code) => parentPath + code + "/";
}
