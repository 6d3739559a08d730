using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;

namespace Shebao.Tests.Platform.Data;

/// <summary>Every model change must come with a migration for both engines.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_HasNoPendingModelChanges()
    {
        using var db = new SqliteDesignFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqliteAppDbContext (see docs/operations.md)");
    }

    [Fact]
    public void Postgres_HasNoPendingModelChanges()
    {
        using var db = new PostgresDesignFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context PostgresAppDbContext (see docs/operations.md)");
    }

    [Fact]
    public async Task Migrate_RefusesADatabaseMadeByTheMigrationsBeforeTheSquash_SayingWhatToDo()
    {
        var file = Path.Combine(Path.GetTempPath(), $"shebao-old-{Guid.NewGuid():N}.db");
        try
        {
            await using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}"))
            {
                await old.OpenAsync();
                await using var command = old.CreateCommand();
                command.CommandText = """
                    CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT NOT NULL PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                    INSERT INTO "__EFMigrationsHistory" VALUES ('20261128160942_Initial', '10.0.15'), ('20261128220427_Proofs', '10.0.15');
                    """;
                await command.ExecuteNonQueryAsync();
            }
            await using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options);

            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => DataSetup.MigrateAsync(db));

            Assert.Contains("20261128160942_Initial", refused.Message, StringComparison.Ordinal);
            Assert.Contains("squashed", refused.Message, StringComparison.Ordinal);
            Assert.Contains("data/shebao.db", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void EachProviderChain_StartsWithTheOneSquashedInitial()
    {
        using var sqlite = new SqliteDesignFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignFactory().CreateDbContext([]);
        foreach (var migrations in new[] { sqlite.Database.GetMigrations().ToList(), postgres.Database.GetMigrations().ToList() })
        {
            Assert.EndsWith("_Initial", migrations[0], StringComparison.Ordinal);
            Assert.Single(migrations, m => m.EndsWith("_Initial", StringComparison.Ordinal));
        }
    }
}
