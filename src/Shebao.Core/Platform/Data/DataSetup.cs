using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Shebao.Core.Platform.Data;

public static class DataSetup
{
    /// <summary>Registers the provider's DbContext as both itself and <see cref="AppDbContext"/>.</summary>
    public static IServiceCollection AddShebaoData(this IServiceCollection services, DatabaseOptions options, string dataDir)
    {
        if (options.Provider == DatabaseProviders.Postgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
                throw new InvalidOperationException("Database:ConnectionString is required for PostgreSQL.");
            services.AddDbContext<PostgresAppDbContext>(o => o.UseNpgsql(options.ConnectionString));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
        }
        else if (options.Provider == DatabaseProviders.Sqlite)
        {
            if (options.Instances > 1)
                throw new InvalidOperationException("SQLite supports exactly one instance; use PostgreSQL for several.");
            var connectionString = SqliteConnectionString(options, dataDir);
            services.AddDbContext<SqliteAppDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }
        else
        {
            throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}' (Sqlite or Postgres).");
        }
        return services;
    }

    public static string SqliteConnectionString(DatabaseOptions options, string dataDir) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDir, "shebao.db"), Pooling = true }.ToString()
            : options.ConnectionString;

    /// <summary>Applies migrations, then reads the PRAGMAs back and refuses to run if they are not what durability needs.</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.IsPostgres) return;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            var journal = (string?)await command.ExecuteScalarAsync(ct);
            command.CommandText = "PRAGMA synchronous;";
            var synchronous = Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase) || synchronous != 2)
                throw new InvalidOperationException($"SQLite must run with journal_mode=WAL and synchronous=FULL (got {journal}, {synchronous}).");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
