using System.Text.RegularExpressions;
using Shebao.Core;
using Shebao.Tests.Support;

namespace Shebao.Tests.Architecture;

/// <summary>Each module's README opens with its contract, and the contract it states is the one the code has.</summary>
public sealed partial class ModuleContractTests
{
    public static TheoryData<string> Modules() =>
        [.. Directory.GetDirectories(RepoFiles.PathOf("src", "Shebao.Core", "Modules")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Modules))]
    public void Readme_ListsExactlyThePublicTypes_AndTheMapsDependencies(string module)
    {
        var readme = File.ReadAllText(RepoFiles.PathOf("src", "Shebao.Core", "Modules", module, "README.md"));
        var contract = ContractSection().Match(readme);
        Assert.True(contract.Success, $"{module}/README.md should open with a '## Contract' section right after its title");

        var listed = Backticked().Matches(contract.Groups["types"].Value).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        var ns = $"Shebao.Core.Modules.{module}";
        var actual = typeof(CoreSetup).Assembly.GetTypes()
            .Where(t => t.IsVisible && !t.IsNested && (t.Namespace == ns || t.Namespace?.StartsWith(ns + ".", StringComparison.Ordinal) == true))
            .Select(t => t.Name.Split('`')[0]).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(actual, listed);

        var map = ModuleMap.FromMarkdown(File.ReadAllText(RepoFiles.PathOf("docs", "architecture.md")));
        var mayUse = Name().Matches(contract.Groups["uses"].Value).Select(m => m.Value).Where(n => n != "None").Order(StringComparer.Ordinal);
        Assert.Equal(map.MayUse[module].Order(StringComparer.Ordinal), mayUse);
    }

    [GeneratedRegex(@"\A# [^\n]+\n+## Contract\n+- \*\*May use:\*\* (?<uses>[^(\n]*)\(.*?- \*\*Public types\*\* \(\d+;[^\n]*\n(?<types>[^\n]*)", RegexOptions.Singleline)]
    private static partial Regex ContractSection();

    [GeneratedRegex("`([A-Za-z0-9_]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex("[A-Z][A-Za-z]+")]
    private static partial Regex Name();
}
