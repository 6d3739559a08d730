// A tiny modular tree with known faults, so ModuleRulesTests can show that the checker catches each kind.
namespace Shebao.Tests.Architecture.Sample.Modules.Beta
{
    public sealed class BetaContract
    {
        public int Value => 1;
    }

    internal sealed class BetaInternal
    {
        public int Secret => 2;
    }
}

namespace Shebao.Tests.Architecture.Sample.Modules.Alpha
{
    using Shebao.Tests.Architecture.Sample.Modules.Beta;

    public sealed class AlphaService
    {
        public int ThroughContract() => new BetaContract().Value;

        // The fault: Beta's internals are not its contract.
        internal int ThroughInternals() => new BetaInternal().Secret;
    }
}

namespace Shebao.Tests.Architecture.Sample.Modules.Gamma
{
    using Shebao.Tests.Architecture.Sample.Modules.Alpha;

    internal static class GammaUser
    {
        // The fault: the map lets Gamma use Beta only.
        public static int Use() => new AlphaService().ThroughContract();
    }
}

namespace Shebao.Tests.Architecture.Sample.Modules.Alpha.Demo
{
    public static class AlphaDemo
    {
        public static IReadOnlyList<string> Names { get; } = ["demo"];
    }
}

namespace Shebao.Tests.Architecture.Sample.Modules.Gamma.Demo
{
    using Shebao.Tests.Architecture.Sample.Modules.Alpha.Demo;

    // Allowed although the map does not let Gamma use Alpha: demo data builds on other modules' demo data.
    internal static class GammaDemo
    {
        public static int Count() => AlphaDemo.Names.Count;
    }
}
