using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Shebao.Bench;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Security;

// Person import (人员名册导入) through the real handlers on a real database (no HTTP), per provider.
// Usage: dotnet run -c Release --project bench/Shebao.ImportBench -- [rows] [Sqlite|Postgres|both] [pg admin connection]
// Generates a CSV of [rows] new persons spread over the district's villages, then: a dry run, the import (all new),
// and the same file again (all unchanged: every phone and account compared). Prints one table.
var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var which = args.Length > 1 ? args[1] : "both";
var pgAdmin = args.Length > 2 ? args[2] : "Host=127.0.0.1;Port=5432;Username=shebao;Password=shebao;Database=postgres";
var providers = which.Equals("both", StringComparison.OrdinalIgnoreCase) ? ["Sqlite", "Postgres"] : new[] { which };
var admin = BenchHost.As("admin", RoleNames.DistrictAdmin, "341504");
var table = new List<string>();

var watch = Stopwatch.StartNew();
var file = Generate(n);
Console.WriteLine($"{n:N0} persons, file {file.Length / 1024.0 / 1024.0:0.0} MB, generated in {watch.Elapsed.TotalSeconds:0.0} s");

foreach (var provider in providers)
{
    var database = $"shebao_importbench_{Environment.ProcessId}";
    var connection = "";
    if (provider == "Postgres")
    {
        await using var pg = new NpgsqlConnection(pgAdmin);
        await pg.OpenAsync();
        await new NpgsqlCommand($"CREATE DATABASE {database}", pg).ExecuteNonQueryAsync();
        connection = new NpgsqlConnectionStringBuilder(pgAdmin) { Database = database }.ConnectionString;
    }
    try
    {
        await using var host = await BenchHost.StartAsync("shebao-importbench", 0, provider, connection);
        foreach (var (pass, dryRun) in new[] { ("dry run (all new)", true), ("import (all new)", false), ("same file again (all unchanged)", false) })
        {
            watch.Restart();
            var view = await host.Scoped(admin, async sp =>
            {
                var started = await sp.GetRequiredService<StartPersonImportHandler>().HandleAsync(new StartPersonImportCommand("bench.csv", dryRun));
                return await sp.GetRequiredService<RunPersonImportHandler>().HandleAsync(started.Value!.Id, new MemoryStream(file));
            });
            var seconds = watch.Elapsed.TotalSeconds;
            if (view.Value is not { Status: PersonImportStatuses.Succeeded } v) throw new InvalidOperationException(view.Message ?? (view.Value?.Errors is { Count: > 0 } e ? e[0].Message : "failed"));
            table.Add($"| {provider,-8} | {pass,-31} | {n,9:N0} | {seconds,7:0.0} | {n / seconds,9:N0} | {v.Counts.New:N0} / {v.Counts.Changed:N0} / {v.Counts.Unchanged:N0} |");
            Console.WriteLine(table[^1]);
        }
    }
    finally
    {
        if (provider == "Postgres")
        {
            NpgsqlConnection.ClearAllPools();
            await using var pg = new NpgsqlConnection(pgAdmin);
            await pg.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", pg).ExecuteNonQueryAsync();
        }
    }
}

Console.WriteLine();
Console.WriteLine($"| provider | pass                            |      rows | seconds |    rows/s | new / changed / unchanged |");
Console.WriteLine($"|----------|---------------------------------|-----------|---------|-----------|---------------------------|");
table.ForEach(Console.WriteLine);

// Valid, distinct ID numbers (area 341522, as pre-2015 residents carry), real village codes, every column filled.
static byte[] Generate(int rows)
{
    string[] villages = ["341504001003", "341504001202", "341504002200", "341504002201", "341504104239"];
    var csv = new StringBuilder("公民身份号码,姓名,村（社区）代码,组,地址,联系电话,开户银行,银行账号,户口性质,参保身份,参保状态,缴费状态\n", rows * 130);
    for (var i = 0; i < rows; i++)
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"341522{new DateOnly(1940, 1, 1).AddDays(i % 25_000):yyyyMMdd}{i / 25_000:D3}");
        var village = villages[i % villages.Length];
        csv.Append(first17).Append(IdNumber.CheckChar(first17)).Append(",测试").Append(i % 997).Append(',').Append(village)
           .Append(",第").Append(1 + i % 12).Append("组,安徽省六安市叶集区").Append(i % 5000).Append("号,138")
           .Append((i % 100_000_000).ToString("D8", CultureInfo.InvariantCulture)).Append(",农业银行,622848")
           .Append(i.ToString("D13", CultureInfo.InvariantCulture)).Append(",1,011,1,1\n");
    }
    return Encoding.UTF8.GetBytes(csv.ToString());
}
