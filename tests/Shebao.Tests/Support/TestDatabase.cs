using Npgsql;
using Shebao.Core.Platform.Data;

namespace Shebao.Tests.Support;

/// <summary>
/// The database a test runs against: SQLite by default, PostgreSQL when SHEBAO_TEST_PROVIDER=Postgres
/// (test.sh runs the database tests once per provider). Each instance is a fresh, empty database.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? adminConnection;
    private readonly string? databaseName;

    private TestDatabase(string provider, string? connectionString, string dataDir, string? adminConnection, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataDir = dataDir;
        this.adminConnection = adminConnection;
        this.databaseName = databaseName;
    }

    public string Provider { get; }
    public string? ConnectionString { get; }
    public string DataDir { get; }

    public static string CurrentProvider => Environment.GetEnvironmentVariable("SHEBAO_TEST_PROVIDER") == DatabaseProviders.Postgres ? DatabaseProviders.Postgres : DatabaseProviders.Sqlite;

    public static async Task<TestDatabase> CreateAsync()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "shebao-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDir);
        if (CurrentProvider == DatabaseProviders.Sqlite) return new TestDatabase(DatabaseProviders.Sqlite, null, dataDir, null, null);

        var admin = Environment.GetEnvironmentVariable("SHEBAO_TEST_PG")
            ?? "Host=127.0.0.1;Port=5432;Username=shebao;Password=shebao;Database=postgres";
        var name = "shebao_t_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(DatabaseProviders.Postgres, builder.ConnectionString, dataDir, admin, name);
    }

    public IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        yield return new("Database:Provider", Provider);
        yield return new("Database:ConnectionString", ConnectionString ?? "");
        yield return new("Shebao:DataDir", DataDir);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (adminConnection is not null)
        {
            await using var connection = new NpgsqlConnection(adminConnection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { } // SQLite may still hold the file briefly
    }
}
