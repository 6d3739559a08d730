using System.Text.Json;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Persons;

/// <summary>
/// One change to a person's registry record (enrolment, data change, contribution, identity, benefit,
/// employment …) with its before and after, tied to the case that made it. Identifiers inside are masked,
/// never plain: the history is for reading, the encrypted record is the truth.
/// </summary>
internal sealed class PersonChange
{
    public long Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid? CaseId { get; set; }
    public string? CaseNumber { get; set; }
    public string Kind { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
    public string By { get; set; } = "";
    public DateTime At { get; set; }
}

public static class PersonHistory
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Adds a history row to the unit of work; the caller's SaveChanges writes it with the change itself.</summary>
    public static void Record(AppDbContext db, Guid personId, string kind, string summary, object? before, object? after, string by, DateTime at,
        Guid? caseId = null, string? caseNumber = null) =>
        db.Add(new PersonChange
        {
            PersonId = personId, CaseId = caseId, CaseNumber = caseNumber, Kind = kind, Summary = summary,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
            By = by, At = at,
        });
}
