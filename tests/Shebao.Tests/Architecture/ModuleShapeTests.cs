using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Shebao.Core;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Architecture;

/// <summary>One shape for every module: README, XSetup.Add{X}, XModel.Configure for its entities, demo data under Demo/.</summary>
public sealed class ModuleShapeTests
{
    private static readonly Assembly Core = typeof(CoreSetup).Assembly;
    private const string ModulesNamespace = "Shebao.Core.Modules.";

    private static string ModulesFolder => RepoFiles.PathOf("src", "Shebao.Core", "Modules");

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(ModulesFolder).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void EveryModule_HasReadme_AndRegistersItselfInItsSetup(string module)
    {
        Assert.True(File.Exists(Path.Combine(ModulesFolder, module, "README.md")), $"Modules/{module}/README.md is missing");
        Assert.True(File.Exists(Path.Combine(ModulesFolder, module, $"{module}Setup.cs")), $"Modules/{module}/{module}Setup.cs is missing");
        var setup = Core.GetType($"{ModulesNamespace}{module}.{module}Setup");
        Assert.True(setup is { IsAbstract: true, IsSealed: true }, $"{module}Setup should be a static class in {ModulesNamespace}{module}");
        Assert.NotNull(setup!.GetMethod($"Add{module}", BindingFlags.Public | BindingFlags.Static));
    }

    [Fact]
    public void CoreSetup_OnlyCallsTheModulesSetups()
    {
        var source = File.ReadAllText(RepoFiles.PathOf("src", "Shebao.Core", "CoreSetup.cs"));
        var handlers = System.Text.RegularExpressions.Regex.Matches(source, @"Add(Scoped|Singleton|Transient)<\w+Handler>");
        Assert.Empty(handlers);
    }

    [Fact]
    public void EveryModuleWithEntities_ConfiguresThemInItsModel()
    {
        using var db = new SqliteDesignFactory().CreateDbContext([]);
        var model = db.GetService<IDesignTimeModel>().Model;
        var modules = model.GetEntityTypes().Select(e => e.ClrType.Namespace ?? "")
            .Where(n => n.StartsWith(ModulesNamespace, StringComparison.Ordinal))
            .Select(n => n[ModulesNamespace.Length..].Split('.')[0]).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Contains("Persons", modules);
        foreach (var module in modules)
        {
            var configure = Core.GetType($"{ModulesNamespace}{module}.{module}Model")?.GetMethod("Configure", BindingFlags.Public | BindingFlags.Static);
            Assert.True(configure is not null, $"Modules/{module} has entities but no {module}Model.Configure(ModelBuilder…)");
        }
    }

    [Fact]
    public void DbContexts_ConfigureNoEntityThemselves()
    {
        var data = RepoFiles.PathOf("src", "Shebao.Core", "Platform", "Data");
        foreach (var file in new[] { "AppDbContext.cs", "ProviderContexts.cs" })
            Assert.DoesNotContain(".Entity<", File.ReadAllText(Path.Combine(data, file)), StringComparison.Ordinal);
    }

    [Fact]
    public void Core_NeverReadsConfiguration()
    {
        // Options are plain classes the host binds; Core reading IConfiguration would hide keys from the host.
        Assert.DoesNotContain(Core.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.Extensions.Configuration", StringComparison.Ordinal));
        var offenders = Directory.EnumerateFiles(RepoFiles.PathOf("src", "Shebao.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("Migrations", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Microsoft.Extensions.Configuration", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void DemoTypes_LiveOnlyInDemoNamespaces()
    {
        var misplaced = Core.GetTypes().Where(t => !t.IsNested && t.Name.Contains("Demo", StringComparison.Ordinal) && !(t.Namespace ?? "").EndsWith(".Demo", StringComparison.Ordinal))
            .Select(t => t.FullName).ToList();
        Assert.Empty(misplaced);
    }

    [Fact]
    public void EveryDemoNamespace_IsAModulesDemoFolder_WithOneSeedingEntryNamedAfterIt()
    {
        var demoNamespaces = Core.GetTypes().Select(t => t.Namespace ?? "").Where(n => n.EndsWith(".Demo", StringComparison.Ordinal)).Distinct().ToList();
        Assert.NotEmpty(demoNamespaces);
        foreach (var ns in demoNamespaces)
        {
            Assert.Matches(@"^Shebao\.Core\.Modules\.\w+\.Demo$", ns);
            var module = ns[ModulesNamespace.Length..^".Demo".Length];
            Assert.True(Directory.Exists(Path.Combine(ModulesFolder, module, "Demo")), $"{ns} should live in Modules/{module}/Demo/");
            var demo = Core.GetType($"{ns}.{module}Demo");
            Assert.True(demo?.GetMethod("SeedAsync") is not null, $"{ns} should have {module}Demo.SeedAsync");
        }
    }
}
