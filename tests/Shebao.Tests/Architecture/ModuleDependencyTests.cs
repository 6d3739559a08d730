using Shebao.Core;
using Shebao.Tests.Support;

namespace Shebao.Tests.Architecture;

/// <summary>Modules meet only at their contracts, along the dependencies docs/architecture.md lists, without cycles.</summary>
public sealed class ModuleDependencyTests
{
    /// <summary>Platform is plumbing: only the DbContext (which maps every module's entities) and the seeder know modules.</summary>
    private static readonly string[] PlatformPartsThatKnowModules = ["Data", "Seeding"];

    private static ModuleMap DocumentedMap() =>
        ModuleMap.FromMarkdown(File.ReadAllText(RepoFiles.PathOf("docs", "architecture.md")));

    [Fact]
    public void Modules_UseOnlyDocumentedModules_ThroughTheirContracts_WithoutCycles()
    {
        var violations = ModuleRules.Violations(typeof(CoreSetup).Assembly, "Shebao.Core.Modules", DocumentedMap(), "Shebao.Core.Platform", PlatformPartsThatKnowModules);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public void ModuleMap_ListsExactlyTheModuleFolders()
    {
        var folders = Directory.GetDirectories(RepoFiles.PathOf("src", "Shebao.Core", "Modules")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(folders, DocumentedMap().MayUse.Keys.Order(StringComparer.Ordinal));
    }
}
