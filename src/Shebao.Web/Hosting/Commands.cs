using Shebao.Core.Platform.Security;
using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.Persons.Demo;
using Shebao.Core.Platform.Seeding;

namespace Shebao.Web.Hosting;

/// <summary>
/// Operator commands on the same application and database as the server:
/// <c>admin create</c>, <c>seed --persons N</c>, <c>audit verify</c>, <c>org import FILE</c>.
/// </summary>
public static class Commands
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string> { "admin", "seed", "audit", "org" };

    public static async Task<int> RunAsync(string[] args)
    {
        var options = args.Skip(1).ToList();
        var app = ShebaoApp.Build(options.Where(o => o.StartsWith("--urls", StringComparison.Ordinal)).ToArray());
        await app.Services.GetServices<IHostedService>().OfType<StartupInitializer>().Single().StartAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        // Command-line work is done by the operator as "system": audited like everyone else.
        var accessor = sp.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = SystemContext();
        try
        {
            return (args[0], options.FirstOrDefault()) switch
            {
                ("admin", "create") => await CreateAdminAsync(sp, options),
                ("seed", _) => await SeedAsync(sp, options),
                ("audit", "verify") => await VerifyAsync(sp),
                ("org", "import") => await ImportAsync(sp, options),
                _ => Usage(),
            };
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return Usage();
        }
    }

    private static DefaultHttpContext SystemContext()
    {
        var context = new DefaultHttpContext();
        context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
        [
            new(System.Security.Claims.ClaimTypes.NameIdentifier, "system"),
            new(System.Security.Claims.ClaimTypes.Name, "system"),
            new(System.Security.Claims.ClaimTypes.Role, RoleNames.DistrictAdmin),
            new(Security.ShebaoClaims.OrgUnit, OrgTree.DistrictCode),
        ], "cli"));
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
        return context;
    }

    private static string? Option(List<string> options, string name)
    {
        var i = options.IndexOf(name);
        return i >= 0 && i + 1 < options.Count ? options[i + 1] : null;
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider sp, List<string> options)
    {
        var userName = Option(options, "--username") ?? throw new ArgumentException("--username is required");
        var result = await sp.GetRequiredService<Seeder>().CreateAdminAsync(userName, Option(options, "--name") ?? "系统管理员");
        if (!result.IsSuccess)
        {
            await Console.Error.WriteLineAsync(result.Message);
            return 1;
        }
        Console.WriteLine($"Administrator '{userName}' created. One-time password: {result.Value}");
        Console.WriteLine("It must be changed at first login.");
        return 0;
    }

    private static async Task<int> SeedAsync(IServiceProvider sp, List<string> options)
    {
        if (!int.TryParse(Option(options, "--persons"), out var count) || count < 1) throw new ArgumentException("--persons N (N ≥ 1) is required");
        var seed = int.TryParse(Option(options, "--seed"), out var s) ? s : Environment.TickCount;
        var watch = Stopwatch.StartNew();
        var written = await sp.GetRequiredService<SeedPersonsHandler>().HandleAsync(count, seed, n =>
            Console.WriteLine($"  {n:N0} / {count:N0} persons  ({watch.Elapsed.TotalSeconds:F1} s, {n / Math.Max(watch.Elapsed.TotalSeconds, 0.001):N0}/s)"));
        Console.WriteLine($"Seeded {written:N0} persons in {watch.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }

    private static async Task<int> VerifyAsync(IServiceProvider sp)
    {
        var report = await sp.GetRequiredService<VerifyAuditChainHandler>().HandleAsync();
        if (report.Intact)
        {
            Console.WriteLine($"Audit chain intact: {report.RowsChecked:N0} rows verified.");
            return 0;
        }
        Console.WriteLine($"Audit chain BROKEN at row {report.FirstBrokenSeq}: {report.Problem} ({report.RowsChecked:N0} rows verified before it).");
        return 2;
    }

    private static async Task<int> ImportAsync(IServiceProvider sp, List<string> options)
    {
        var file = options.Count > 1 ? options[1] : throw new ArgumentException("org import FILE.csv");
        using var reader = new StreamReader(file);
        var result = await sp.GetRequiredService<ImportOrgUnitsHandler>().HandleAsync(reader);
        var report = result.Value!;
        if (!report.Applied)
        {
            foreach (var e in report.Errors) Console.WriteLine($"  line {e.Line}: {e.Message}");
            Console.WriteLine($"Nothing imported: {report.Errors.Count} bad line(s).");
            return 1;
        }
        Console.WriteLine($"Imported: {report.Added} added, {report.Renamed} renamed, {report.Unchanged} unchanged.");
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            Usage: dotnet Shebao.Web.dll <command>
              admin create --username NAME [--name 显示名]   create the first administrator (prints a one-time password)
              seed --persons N [--seed S]                   generate N realistic demo persons
              audit verify                                  verify the audit hash chain; names the first broken row
              org import FILE.csv                           import villages/townships (code,name,kind,parentCode)
            """);
        return 64;
    }
}
