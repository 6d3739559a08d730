using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using Assembly = System.Reflection.Assembly;
using ArchUnitNET.Loader;

namespace Shebao.Tests.Architecture;

/// <summary>The documented module map: which modules each module may use. Read from docs/architecture.md, so the doc and the test cannot disagree.</summary>
public sealed partial record ModuleMap(IReadOnlyDictionary<string, IReadOnlySet<string>> MayUse)
{
    public const string Marker = "<!-- module-map -->";

    /// <summary>Parses the table after the marker: | module | owns | may use (comma list, or —) |.</summary>
    public static ModuleMap FromMarkdown(string markdown)
    {
        var start = markdown.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"no {Marker} in the document");
        var map = new Dictionary<string, IReadOnlySet<string>>();
        foreach (var line in markdown[(start + Marker.Length)..].Split('\n').Select(l => l.Trim()).SkipWhile(l => l.Length == 0).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            var module = cells[0].Trim('`', '*');
            if (module is "module" || module.StartsWith("---", StringComparison.Ordinal)) continue;
            map[module] = Name().Matches(cells[^1]).Select(m => m.Value).ToHashSet();
        }
        return new ModuleMap(map);
    }

    [GeneratedRegex("[A-Z][A-Za-z]+")]
    private static partial Regex Name();
}

/// <summary>
/// Checks an assembly's modules (namespaces <c>{root}.X…</c>) against a <see cref="ModuleMap"/>: a module may use
/// only the modules the map lists (demo data may also use other modules' demo data), only their contract (public
/// types), and the map has no cycle.
/// </summary>
public static class ModuleRules
{
    public static IReadOnlyList<string> Violations(Assembly assembly, string modulesRoot, ModuleMap map, string? platformRoot = null, IReadOnlyCollection<string>? platformMayUseModules = null)
    {
        var architecture = new ArchLoader().LoadAssemblies(assembly).Build();
        var contract = assembly.GetTypes().ToDictionary(t => t.FullName!.Replace('+', '/'), t => t.IsVisible);
        var violations = new List<string>();
        foreach (var type in architecture.Types.Where(t => t.Assembly?.FullName == assembly.FullName))
        {
            var from = ModuleOf(type, modulesRoot);
            var platformPart = platformRoot is null ? null : PartOf(type.Namespace.FullName, platformRoot);
            if (from is null && platformPart is null) continue;
            if (from is not null && !map.MayUse.ContainsKey(from))
            {
                violations.Add($"module {from} is not in the module map");
                continue;
            }
            foreach (var target in type.Dependencies.Select(d => d.Target).Where(t => t is not GenericParameter && t.Assembly?.FullName == assembly.FullName).DistinctBy(t => t.FullName))
            {
                var to = ModuleOf(target, modulesRoot);
                if (to is null || to == from) continue;
                if (from is null)
                {
                    if (platformMayUseModules?.Contains(platformPart!) != true)
                        violations.Add($"Platform.{platformPart} uses module {to} ({Short(type)} → {Short(target)}): only {string.Join(", ", platformMayUseModules ?? [])} may");
                    continue;
                }
                if (!map.MayUse[from].Contains(to) && !(IsDemo(type) && IsDemo(target)))
                    violations.Add($"{from} uses {to} ({Short(type)} → {Short(target)}), which the module map does not allow");
                else if (!(contract.TryGetValue(target.FullName, out var visible) ? visible : contract.GetValueOrDefault(Outermost(target.FullName))))
                    violations.Add($"{from} uses {Short(target)}, which is not in {to}'s contract ({Short(type)})");
            }
        }
        violations.AddRange(Cycles(map));
        return violations.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>One cycle per back edge of a depth-first walk (linear, so a dense map cannot blow it up), as "A → B → A".</summary>
    public static IEnumerable<string> Cycles(ModuleMap map)
    {
        var done = new HashSet<string>();
        var found = new List<string>();
        foreach (var start in map.MayUse.Keys.Order(StringComparer.Ordinal)) Walk(start, []);
        return found;

        void Walk(string node, List<string> path)
        {
            if (done.Contains(node)) return;
            var at = path.IndexOf(node);
            if (at >= 0)
            {
                found.Add($"cycle: {string.Join(" → ", path.Skip(at).Append(node))}");
                return;
            }
            path.Add(node);
            foreach (var next in (map.MayUse.GetValueOrDefault(node) ?? new HashSet<string>()).Order(StringComparer.Ordinal)) Walk(next, path);
            path.RemoveAt(path.Count - 1);
            done.Add(node);
        }
    }

    /// <summary>Demo seeding builds on other modules' demo data (the same demo persons), so demo may use demo across modules.</summary>
    private static bool IsDemo(IType type) => type.Namespace.FullName.Split('.').Contains("Demo");

    private static string? ModuleOf(IType type, string root) => PartOf(type.Namespace.FullName, root);

    private static string? PartOf(string ns, string root) =>
        ns == root || !ns.StartsWith(root + ".", StringComparison.Ordinal) ? null : ns[(root.Length + 1)..].Split('.')[0];

    /// <summary>Types the loader names differently from reflection (generic instances) are judged by their outermost declaring type.</summary>
    private static string Outermost(string fullName) => fullName.Split('/')[0];

    private static string Short(IType type) => type.FullName.Split('.')[^1].Replace('/', '.');
}
