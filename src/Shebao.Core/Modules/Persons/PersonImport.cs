using System.Collections.Concurrent;
using Shebao.Core.Modules.Organisations;

namespace Shebao.Core.Modules.Persons;

/// <summary>人员导入 job states: queued (a background job not yet started), running, then succeeded or failed.</summary>
public static class PersonImportStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}

/// <summary>One person import (or dry run): who started it, its counts and, when a line was wrong, the first errors.</summary>
internal sealed class PersonImport : IOrgScoped
{
    public Guid Id { get; set; }
    public string FileName { get; set; } = "";
    public bool DryRun { get; set; }
    public string Status { get; set; } = PersonImportStatuses.Queued;
    public int Total { get; set; }
    public int Processed { get; set; }
    public int New { get; set; }
    public int Changed { get; set; }
    public int Unchanged { get; set; }
    public int ErrorCount { get; set; }
    public string? Errors { get; set; }          // JSON list of the first PersonImportFile.MaxListedErrors line errors
    public string By { get; set; } = "";
    public string OrgPath { get; set; } = "";     // the starter's scope: who may follow the job
    public DateTime CreatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
}

public sealed record PersonImportError(int Line, string Column, string Message);

public sealed record PersonImportCounts(int New, int Changed, int Unchanged);

/// <summary>GET /imports/{id}: the progress resource of an import.</summary>
public sealed record PersonImportView(Guid Id, string Kind, string FileName, bool DryRun, string Status, int Processed, int Total,
    PersonImportCounts Counts, int ErrorCount, IReadOnlyList<PersonImportError> Errors, string? Message, DateTime CreatedAt, DateTime? FinishedAt)
{
    public bool Finished => Status is PersonImportStatuses.Succeeded or PersonImportStatuses.Failed;
}

/// <summary>
/// Live progress of running imports, kept in memory: the job writes its rows in one transaction, so the row in the
/// database only shows the start and the end.
/// </summary>
public sealed class PersonImportProgress
{
    private readonly ConcurrentDictionary<Guid, (int Processed, int Total)> running = new();

    internal void Report(Guid id, int processed, int total) => running[id] = (processed, total);

    internal (int Processed, int Total)? Of(Guid id) => running.TryGetValue(id, out var p) ? p : null;

    internal void Forget(Guid id) => running.TryRemove(id, out _);
}
