using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shebao.Web.Hosting;

namespace Shebao.EndToEnd;

/// <summary>The real app on Kestrel on a free loopback port, demo mode, fresh SQLite data folder.</summary>
public sealed class LiveApp : IAsyncLifetime
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "shebao-e2e", Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(dataDir);
        app = ShebaoApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(
            [
                new("Shebao:Mode", "Demo"),
                new("Shebao:DemoPersons", "300"),
                new("Shebao:DataDir", dataDir),
                new("Database:Provider", "Sqlite"),
                new("Urls", "http://127.0.0.1:0"),
            ]);
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
    }
}
