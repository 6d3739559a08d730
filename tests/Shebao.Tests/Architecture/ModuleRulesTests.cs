namespace Shebao.Tests.Architecture;

/// <summary>The checker checked: on the sample modules it reports each kind of fault, and nothing else.</summary>
public sealed class ModuleRulesTests
{
    private const string Root = "Shebao.Tests.Architecture.Sample.Modules";

    private static readonly string Doc = """
        Some prose.

        <!-- module-map -->
        | module | owns | may use |
        |---|---|---|
        | `Alpha` | the service | Beta |
        | `Beta` | the contract | — |
        | `Gamma` | a user | Beta |
        """;

    [Fact]
    public void ModuleMap_IsReadFromTheDocumentTable()
    {
        var map = ModuleMap.FromMarkdown(Doc);
        Assert.Equal(["Alpha", "Beta", "Gamma"], map.MayUse.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Beta"], map.MayUse["Alpha"]);
        Assert.Empty(map.MayUse["Beta"]);
    }

    [Fact]
    public void Checker_ReportsNonContractUse_AndUndocumentedDependency()
    {
        var violations = ModuleRules.Violations(typeof(ModuleRulesTests).Assembly, Root, ModuleMap.FromMarkdown(Doc));
        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.StartsWith("Alpha uses BetaInternal, which is not in Beta's contract", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Gamma uses Alpha (GammaUser → AlphaService)", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_ReportsACycleInTheMap()
    {
        var cyclic = ModuleMap.FromMarkdown(Doc.Replace("| `Beta` | the contract | — |", "| `Beta` | the contract | Alpha |", StringComparison.Ordinal));
        var violations = ModuleRules.Violations(typeof(ModuleRulesTests).Assembly, Root, cyclic);
        Assert.Contains("cycle: Alpha → Beta → Alpha", violations);
    }

    [Fact]
    public void Checker_ReportsAModuleMissingFromTheMap()
    {
        var withoutGamma = ModuleMap.FromMarkdown(Doc.Replace("| `Gamma` | a user | Beta |", "", StringComparison.Ordinal));
        Assert.Contains("module Gamma is not in the module map", ModuleRules.Violations(typeof(ModuleRulesTests).Assembly, Root, withoutGamma));
    }

    [Fact]
    public void Checker_IsSilent_WhenTheMapAllowsWhatIsUsed_AndOnlyContractsAreUsed()
    {
        var lenient = ModuleMap.FromMarkdown(Doc.Replace("| `Gamma` | a user | Beta |", "| `Gamma` | a user | Alpha, Beta |", StringComparison.Ordinal));
        var violations = ModuleRules.Violations(typeof(ModuleRulesTests).Assembly, Root, lenient);
        Assert.Equal(["Alpha uses BetaInternal, which is not in Beta's contract (AlphaService)"], violations);
    }
}
