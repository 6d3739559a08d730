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
        await RefuseUnknownMigrationsAsync(db, ct);
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

    /// <summary>
    /// A database that has migrations this build does not know was made before the squash of 2026-12-05 (or by a
    /// newer build): migrating it would try to create tables it already has, so stop with what to do instead.
    /// </summary>
    private static async Task RefuseUnknownMigrationsAsync(AppDbContext db, CancellationToken ct)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count == 0) return;
        throw new InvalidOperationException(
            $"The database has {unknown.Count} migration(s) this build does not know ({string.Join(", ", unknown.Take(3))}…). " +
            "It was made before the migrations were squashed into one Initial on 2026-12-05, or by a newer build. " +
            "A demo or development database can be deleted (data/shebao.db*) and is seeded again; see docs/operations.md, Migrations.");
    }
}
