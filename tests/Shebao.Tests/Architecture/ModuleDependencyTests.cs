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

    [Fact]
    public void Modules_NameNoOtherModulesInternalType_NotEvenForItsConstants()
    {
        // The compiler inlines constants, so the IL check above cannot see `OtherModule.InternalCodes.X`; the source can.
        var modules = RepoFiles.PathOf("src", "Shebao.Core", "Modules");
        var internals = typeof(CoreSetup).Assembly.GetTypes()
            .Where(t => !t.IsVisible && !t.IsNested && !t.Name.Contains('<', StringComparison.Ordinal) && t.Namespace?.StartsWith("Shebao.Core.Modules.", StringComparison.Ordinal) == true)
            .Select(t => (Name: t.Name.Split('`')[0], Module: t.Namespace!.Split('.')[3]))
            .ToList();
        var sources = Directory.EnumerateFiles(modules, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal))
            .Select(f => (Module: Path.GetRelativePath(modules, f).Split(Path.DirectorySeparatorChar)[0], Text: File.ReadAllText(f)))
            .ToList();
        // A module with its own type of that name (two modules' `BenefitStatuses`) means its own.
        var declared = typeof(CoreSetup).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("Shebao.Core.Modules.", StringComparison.Ordinal) == true)
            .Select(t => (Module: t.Namespace!.Split('.')[3], Name: t.Name.Split('`')[0])).ToHashSet();
        var offenders = (from s in sources
                         from i in internals
                         where i.Module != s.Module && !declared.Contains((s.Module, i.Name))
                               && System.Text.RegularExpressions.Regex.IsMatch(s.Text, $@"\b{i.Name}\.\w")
                         select $"{s.Module} names {i.Module}.{i.Name}, which is internal").Distinct().ToList();
        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }
}
