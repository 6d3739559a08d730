namespace Shebao.Web;

/// <summary>Marker for the shared string table. Keys are the zh-CN texts; Resources/SharedResource.en-US.resx translates them.</summary>
public sealed class SharedResource;
