using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Shebao.Core.Platform.Data;

/// <summary>
/// Every SQLite connection runs with synchronous=FULL (an acknowledged write survives power loss)
/// and a busy timeout long enough that a race loser gets a 409, not "database is locked".
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    // case_sensitive_like lets "path LIKE 'prefix%'" (every scoped query) seek the index instead of scanning;
    // .NET's StartsWith is case-sensitive anyway.
    public const string Statements = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA case_sensitive_like=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Statements;
        command.ExecuteNonQuery();
    }
}
