using System.Reflection;
using Shebao.Core;
using Shebao.Tests.Support;

namespace Shebao.Tests.Architecture;

public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Core = typeof(CoreSetup).Assembly;

    [Fact]
    public void Core_NeverReferencesWebOrMvc()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain("Shebao.Web", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal) || r.StartsWith("Microsoft.AspNetCore.Http", StringComparison.Ordinal) || r.StartsWith("Microsoft.AspNetCore.Razor", StringComparison.Ordinal));
    }

    [Fact]
    public void Handlers_AreSealed_WithOnePublicHandleMethod()
    {
        var handlers = Core.GetTypes().Where(t => t.Name.EndsWith("Handler", StringComparison.Ordinal) && t.IsClass && !t.IsAbstract).ToList();
        Assert.NotEmpty(handlers);
        foreach (var handler in handlers)
        {
            Assert.True(handler.IsSealed, $"{handler.Name} should be sealed");
            var handles = handler.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.Name.StartsWith("Handle", StringComparison.Ordinal)).ToList();
            Assert.True(handles.Count == 1, $"{handler.Name} should have exactly one public Handle method");
        }
    }

    [Fact]
    public void Core_ReadsNoWallClock()
    {
        // Time is injected (TimeProvider); a DateTime.Now/UtcNow call in Core would make rules untestable.
        var root = RepoFiles.PathOf("src", "Shebao.Core");
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("Migrations", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("DateTime.Now", StringComparison.Ordinal) || File.ReadAllText(f).Contains("DateTime.UtcNow", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void APerson_IsFoundByIdNumber_OnlyThroughPersons()
    {
        // Every other module goes through PersonLookup, so scoping and the index of an ID number have one definition.
        var modules = RepoFiles.PathOf("src", "Shebao.Core", "Modules");
        var matchesTheIndex = new System.Text.RegularExpressions.Regex(@"IdNumberIndex\s*==|\.Contains\(\w+\.IdNumberIndex\)|\bBlindIndex\b");
        var offenders = Directory.EnumerateFiles(modules, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(Path.Combine(modules, "Persons") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => matchesTheIndex.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(modules, f))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void CodesAreCompared_ThroughNamedConstants_NeverAsBareDigits()
    {
        // `status == "1"` hides which code list "1" belongs to; Persons/Codes.cs and each module's status classes name them.
        var bare = new System.Text.RegularExpressions.Regex(@"(==|!=|\bis|\bor|\band)\s*""[0-9]+""");
        var offenders = new[] { RepoFiles.PathOf("src", "Shebao.Core", "Modules"), RepoFiles.PathOf("src", "Shebao.Web") }
            .SelectMany(root => Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories))
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => bare.IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }
}
