using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Seeding;

namespace Shebao.Web.Hosting;

/// <summary>Before the server listens: migrate, check the SQLite durability settings, seed the tree and roles, and the demo data on a first demo start.</summary>
public sealed class StartupInitializer(IServiceProvider services, ShebaoSettings settings, ILogger<StartupInitializer> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DataSetup.MigrateAsync(db, cancellationToken);
        var seeder = scope.ServiceProvider.GetRequiredService<Seeder>();
        await seeder.SeedBaseAsync(settings.IsDemo, cancellationToken);
        if (settings.IsDemo && await seeder.SeedDemoAsync(settings.DemoPersons, cancellationToken))
            log.LogInformation("Demo data seeded: {Persons} generated persons", settings.DemoPersons);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
