namespace Shebao.Core.Platform.Data;

public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
}

/// <summary>Bound from "Database". SQLite lives in the data folder unless a connection string says otherwise.</summary>
public sealed class DatabaseOptions
{
    public string Provider { get; set; } = DatabaseProviders.Sqlite;
    public string? ConnectionString { get; set; }

    /// <summary>Declared instance count; SQLite refuses to start when it is above one.</summary>
    public int Instances { get; set; } = 1;
}
