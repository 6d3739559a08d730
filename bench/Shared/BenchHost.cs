using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Shebao.Web.Hosting;
using Shebao.Web.Security;

namespace Shebao.Bench;

/// <summary>
/// The app as the benchmarks use it: built with demo data in a temporary data folder, initialised without HTTP,
/// and each unit of work run in its own scope as a given user (the handlers read the user from the request).
/// </summary>
public sealed class BenchHost(WebApplication app, string dataDir) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    public static async Task<BenchHost> StartAsync(string name, int demoPersons, string provider, string connection)
    {
        var dataDir = Directory.CreateTempSubdirectory(name).FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Shebao:Mode"] = "Demo", ["Shebao:DemoPersons"] = demoPersons.ToString(CultureInfo.InvariantCulture),
            ["Shebao:DataDir"] = dataDir, ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connection, ["Urls"] = "http://127.0.0.1:0",
        };
        var app = ShebaoApp.Build([], b => { b.Configuration.AddInMemoryCollection(settings); b.Logging.ClearProviders(); });
        await app.Services.GetServices<IHostedService>().OfType<StartupInitializer>().Single().StartAsync(CancellationToken.None);
        return new BenchHost(app, dataDir);
    }

    public static ClaimsPrincipal As(string name, string role, string unit) => new(new ClaimsIdentity(
        [new(ClaimTypes.NameIdentifier, name), new(ClaimTypes.Name, name), new(ClaimTypes.Role, role), new(ShebaoClaims.OrgUnit, unit)], "bench"));

    public async Task<T> Scoped<T>(ClaimsPrincipal user, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = user };
        return await work(scope.ServiceProvider);
    }

    /// <summary>Stops the app and removes its temporary data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        try { Directory.Delete(dataDir, true); } catch (IOException) { }
    }
}
