namespace Shebao.Web.Hosting;

/// <summary>The "Shebao" configuration section.</summary>
public sealed class ShebaoSettings
{
    /// <summary>Demo seeds accounts and persons and shows a 演示环境 banner; Production seeds nothing.</summary>
    public string Mode { get; set; } = "Demo";

    /// <summary>Everything the platform writes lives here (database, keys, attachments); SHEBAO_DATA_DIR overrides.</summary>
    public string DataDir { get; set; } = "data";

    public int DemoPersons { get; set; } = 3000;

    public bool IsDemo => string.Equals(Mode, "Demo", StringComparison.OrdinalIgnoreCase);
}
