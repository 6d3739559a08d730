using Shebao.Core.Platform.Security;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Bench;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.Printing;
using Shebao.Core.Modules.Queries;
using Shebao.Core.Platform.Data;

// Read-model import and proof printing through the real handlers on a real database (no HTTP).
// Usage: dotnet run -c Release --project bench/Shebao.QueryBench -- [rows] [Sqlite|Postgres] [pg-connection] [dataset]
// 1. A payment file of [rows] lines (24 months per person, persons of the demo registry) is imported, then imported
//    again (every row replaced). 2. The largest print: A2-08 for one retiree with 20 years of monthly rows.
var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var provider = args.Length > 1 ? args[1] : "Sqlite";
var datasetCode = args.Length > 3 ? args[3] : "retiree-payments";
const int MonthsPerPerson = 24;
await using var host = await BenchHost.StartAsync("shebao-querybench", 600, provider, args.Length > 2 ? args[2] : "");
var admin = BenchHost.As("admin", RoleNames.DistrictAdmin, "341504");
var dataset = host.App.Services.GetRequiredService<QueryCatalogue>().Dataset(datasetCode)
    ?? throw new InvalidOperationException($"No dataset {datasetCode}");

// Subjects: the registry's persons first (so rows link and scope as in production), then valid ID numbers unknown to it.
var known = await host.Scoped(admin, async sp =>
{
    var crypto = sp.GetRequiredService<Shebao.Core.Platform.Crypto.ICryptoProvider>();
    var rows = await sp.GetRequiredService<AppDbContext>().Persons.AsNoTracking().Select(p => new { p.Name, p.IdNumberCipher }).ToListAsync();
    return rows.Select(r => (r.Name, Id: crypto.Decrypt(r.IdNumberCipher))).ToList();
});
var subjects = Enumerable.Range(0, (n + MonthsPerPerson - 1) / MonthsPerPerson)
    .Select(i => i < known.Count ? known[i] : ($"测试{i}", Synthetic(i))).ToList();

var file = PaymentFile(dataset, subjects, n);
Console.WriteLine($"dataset {dataset.Code} ({dataset.Title}), {n:N0} rows of {subjects.Count:N0} persons, file {file.Length / 1024.0 / 1024.0:0.0} MB, {provider}");
var table = new List<(string What, string Result)>();
foreach (var pass in new[] { "first import (all new)", "second import (all replaced)" })
{
    var watch = Stopwatch.StartNew();
    var report = await host.Scoped(admin, sp => sp.GetRequiredService<ImportDatasetHandler>().HandleAsync(dataset.Code, new MemoryStream(file), "bench.csv"));
    if (!report.IsSuccess || !report.Value!.Applied) throw new InvalidOperationException(report.Message ?? report.Value!.Lines[0].Message);
    table.Add(($"import {n:N0} rows, {pass}", $"{watch.Elapsed.TotalSeconds:0.0} s ({n / watch.Elapsed.TotalSeconds:N0} rows/s; replaced {report.Value.Replaced:N0})"));
}

// The largest print: A2-08 (the widest table) for one retiree with 20 years of monthly rows, 8 pages with repeated headers.
var longSubject = ("测试长表", Synthetic(999_983));
var longFile = PaymentFile(dataset, Enumerable.Repeat(longSubject, 10).ToList(), 240, monthsPerPerson: 240);
var loaded = await host.Scoped(admin, sp => sp.GetRequiredService<ImportDatasetHandler>().HandleAsync(dataset.Code, new MemoryStream(longFile), "long.csv"));
if (!loaded.IsSuccess || !loaded.Value!.Applied) throw new InvalidOperationException("long file");
var item = host.App.Services.GetRequiredService<QueryCatalogue>().Items.First(i => i.Dataset == dataset.Code && i.Layout == QueryLayout.Table).ItemCode;
const int Prints = 40;
var pages = 0;
var bytes = 0L;
var printWatch = Stopwatch.StartNew();
for (var i = 0; i < Prints; i++)
{
    var printed = await host.Scoped(admin, sp => sp.GetRequiredService<PrintQueryHandler>().HandleAsync(item, new QueryParameters(IdNumber: longSubject.Item2)));
    if (!printed.IsSuccess) throw new InvalidOperationException(printed.Message);
    bytes += printed.Value!.Content.Length;
    using var doc = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(printed.Value.Content), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
    pages = doc.PageCount;
}
table.Add(($"print {item}, 240 monthly rows ({pages} pages), proof registered", $"{Prints / printWatch.Elapsed.TotalSeconds:0.0} PDFs/s ({printWatch.Elapsed.TotalMilliseconds / Prints:0} ms each, {bytes / Prints / 1024} KB)"));
Print(table);

static void Print(List<(string What, string Result)> rows)
{
    Console.WriteLine();
    Console.WriteLine($"| {"measure",-50} | result |");
    Console.WriteLine($"|{new string('-', 52)}|--------|");
    foreach (var (what, result) in rows) Console.WriteLine($"| {what,-50} | {result} |");
}

// One line per person and month; every other field gets a valid value of its type.
static byte[] PaymentFile(DatasetDefinition d, List<(string Name, string Id)> subjects, int rows, int monthsPerPerson = MonthsPerPerson)
{
    var csv = new StringBuilder(string.Join(",", d.Fields.Select(f => f.Label))).Append('\n');
    for (var i = 0; i < rows; i++)
    {
        var (name, id) = subjects[i / monthsPerPerson];
        var month = new DateOnly(2005, 1, 1).AddMonths(i % monthsPerPerson);
        csv.AppendJoin(',', d.Fields.Select(f =>
            f.Key == d.SubjectField ? id
            : f.Key == d.NameField ? name
            : f.Key == d.PeriodField ? month.ToString(f.Type == FieldType.Year ? "yyyy" : f.Type == FieldType.Date ? "yyyy-MM-dd" : "yyyy-MM", CultureInfo.InvariantCulture)
            : Value(f, month))).Append('\n');
    }
    return Encoding.UTF8.GetBytes(csv.ToString());
}

static string Value(DatasetField f, DateOnly month) => f.Type switch
{
    FieldType.Code => f.Options is { Count: > 0 } o ? o[0] : "1",
    FieldType.Money => "1234.56",
    FieldType.Decimal => "15.5",
    FieldType.Integer => "12",
    FieldType.Percent => "0.08",
    FieldType.Month => month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    FieldType.Year => month.Year.ToString(CultureInfo.InvariantCulture),
    FieldType.Date => month.AddDays(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    FieldType.IdNumber => "34150419580916091X",
    FieldType.BankAccount => "6228480000123456789",
    FieldType.CreditCode => "91341504MA2N0Q7X1W",
    _ => "叶集区",
};

static string Synthetic(int i)
{
    var first17 = $"341504{1950 + i % 40:D4}{1 + i % 12:D2}{1 + i % 28:D2}{i % 1000:D3}";
    return first17 + IdNumber.CheckChar(first17);
}
