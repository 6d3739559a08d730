using System.Text.RegularExpressions;
using System.Xml.Linq;
using Shebao.Tests.Support;

namespace Shebao.Tests.Architecture;

/// <summary>English is a supported language: every literal zh-CN key the Web project localises has an en-US entry.</summary>
public sealed partial class TranslationTests
{
    [Fact]
    public void EveryLiteralKey_HasAnEnglishTranslation()
    {
        var web = RepoFiles.PathOf("src", "Shebao.Web");
        var translated = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.en-US.resx")).Root!
            .Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
        var keys = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => Key().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => k.Any(c => c >= 0x4E00 && c <= 0x9FFF))
            .Distinct()
            .ToList();
        Assert.True(keys.Count > 150, $"the scan found only {keys.Count} keys: is the pattern still right?");
        var missing = keys
            .Where(k => !translated.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v))
            .ToList();
        Assert.Empty(missing);
    }

    [GeneratedRegex("""\b[Tt]\["([^"]+)"\]""")]
    private static partial Regex Key();
}
