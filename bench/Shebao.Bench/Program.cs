using System.Diagnostics;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Parameters;

// Calculator throughput on one core (the issue's targets: ≥ 100,000/s retirement age, ≥ 20,000/s full estimates).
// Run: dotnet run -c Release --project bench/Shebao.Bench [seconds-per-calculator]
var seconds = args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 3;
if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1; // one core
var table = ParameterSeed.Table();
var today = new DateOnly(2026, 11, 28);
var random = new Random(7);
var birthMonths = Enumerable.Range(0, 1024).Select(_ => new YearMonth(random.Next(1962, 1990), random.Next(1, 13))).ToArray();
var groups = RetirementGroups.All.ToArray();
// Employees still to retire (a 计发基数 exists from 2020 on): born 1972 or later in every group.
var workingBirthMonths = Enumerable.Range(0, 1024).Select(_ => new YearMonth(random.Next(1972, 1990), random.Next(1, 13))).ToArray();
var grades = new[] { 100m, 200m, 300m, 500m, 1000m, 2000m };

var rows = new List<(string Name, double PerSecond, double MicrosPerCall, decimal Checksum)>
{
    Run("retirement age (2025 reform)", i => RetirementAge.Calculate(birthMonths[i & 1023], groups[i % 3], new ParameterReader(table)).DelayMonths),
    Run("城居保 estimate (A1-13)", i => ResidentPension.Estimate(
        new ResidentPensionInput(new DateOnly(1970 + (i & 31), 1 + (i % 12), 1), i % 15, 1000 + i % 5000, grades[i % grades.Length], Math.Min(15, 5 + i % 10), "011", today),
        new ParameterReader(table)).MonthlyTotal.Yuan),
    Run("职工养老 estimate (A2-09)", i => EmployeePension.Estimate(
        new EmployeePensionInput(workingBirthMonths[i & 1023], groups[i % 3], 10 + i % 25, 0.6m + (i % 240) / 100m, null, i % 6, 10_000 + i % 200_000, 0.03m, null, true, today),
        new ParameterReader(table)).MonthlyTotal.Yuan),
};

Console.WriteLine($"Calculator throughput, one core, {seconds:0.#} s each (.NET {Environment.Version}, {Environment.ProcessorCount} CPUs visible)");
Console.WriteLine();
Console.WriteLine("| calculator | calculations/s | µs/call | target |");
Console.WriteLine("|---|---|---|---|");
foreach (var (name, perSecond, micros, _) in rows)
    Console.WriteLine($"| {name} | {perSecond:N0} | {micros:0.00} | {(name.StartsWith("retirement", StringComparison.Ordinal) ? "≥ 100,000/s" : "≥ 20,000/s")} |");
return;

(string, double, double, decimal) Run(string name, Func<int, decimal> calculation)
{
    decimal checksum = 0;
    for (var i = 0; i < 2000; i++) checksum += calculation(i); // warm-up: JIT and tiered compilation
    var watch = Stopwatch.StartNew();
    var n = 0;
    while (watch.Elapsed.TotalSeconds < seconds)
    {
        for (var j = 0; j < 1000; j++, n++) checksum += calculation(n);
    }
    var elapsed = watch.Elapsed.TotalSeconds;
    return (name, n / elapsed, elapsed * 1e6 / n, checksum);
}
