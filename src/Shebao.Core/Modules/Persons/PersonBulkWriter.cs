using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Persons;

/// <summary>
/// Bulk path for generated demo data and person imports: a prepared INSERT in one transaction on SQLite (the
/// caller's, when it has begun one), binary COPY on PostgreSQL. Values are formatted exactly as EF Core stores them.
/// </summary>
internal static class PersonBulkWriter
{
    private static readonly string[] Columns =
    [
        "Id", "Name", "IdNumberCipher", "IdNumberIndex", "IdNumberMasked", "Gender", "BirthDate", "Ethnicity",
        "PhoneCipher", "PhoneMasked", "BankAccountCipher", "BankAccountMasked", "BankName", "Address", "HouseholdType",
        "VillageCode", "GroupName", "OrgPath", "SpecialIdentity", "ResidentInsuredStatus", "ResidentPaymentStatus",
        "EmployeePensionStatus", "CreatedAt", "UpdatedAt", "Version", "RegistrationPending",
    ];

    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<Person> persons, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (db.Database.GetDbConnection() is NpgsqlConnection pg) await CopyAsync(pg, persons, ct);
            else await InsertAsync((SqliteConnection)db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction() as SqliteTransaction, persons, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static object?[] Values(Person p) =>
    [
        p.Id, p.Name, p.IdNumberCipher, p.IdNumberIndex, p.IdNumberMasked, p.Gender, p.BirthDate, p.Ethnicity,
        p.PhoneCipher, p.PhoneMasked, p.BankAccountCipher, p.BankAccountMasked, p.BankName, p.Address, p.HouseholdType,
        p.VillageCode, p.GroupName, p.OrgPath, p.SpecialIdentity, p.ResidentInsuredStatus, p.ResidentPaymentStatus,
        p.EmployeePensionStatus, p.CreatedAt, p.UpdatedAt, p.Version, p.RegistrationPending,
    ];

    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction? current, IReadOnlyList<Person> persons, CancellationToken ct)
    {
        await using var own = current is null ? (SqliteTransaction)await connection.BeginTransactionAsync(ct) : null;
        var transaction = current ?? own!;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"Persons\" ({string.Join(',', Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(',', Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        foreach (var person in persons)
        {
            var values = Values(person);
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    Guid g => g.ToString().ToUpperInvariant(), // EF Core's SQLite Guid format
                    DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
                    DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    var v => v,
                };
            }
            await command.ExecuteNonQueryAsync(ct);
        }
        if (own is not null) await own.CommitAsync(ct);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<Person> persons, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY \"Persons\" ({string.Join(',', Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var person in persons)
        {
            await importer.StartRowAsync(ct);
            foreach (var value in Values(person))
            {
                switch (value)
                {
                    case null: await importer.WriteNullAsync(ct); break;
                    case Guid g: await importer.WriteAsync(g, NpgsqlDbType.Uuid, ct); break;
                    case DateOnly d: await importer.WriteAsync(d, NpgsqlDbType.Date, ct); break;
                    case DateTime d: await importer.WriteAsync(d, NpgsqlDbType.TimestampTz, ct); break;
                    case int i: await importer.WriteAsync(i, NpgsqlDbType.Integer, ct); break;
                    case bool b: await importer.WriteAsync(b, NpgsqlDbType.Boolean, ct); break;
                    case string s: await importer.WriteAsync(s, NpgsqlDbType.Text, ct); break;
                    default: throw new InvalidOperationException($"Unexpected column type {value.GetType()}");
                }
            }
        }
        await importer.CompleteAsync(ct);
    }
}
