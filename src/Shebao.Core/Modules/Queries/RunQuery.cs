using Shebao.Core.Modules.Auditing;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Queries;

/// <summary>
/// POST /queries/{itemCode}: checks the parameters, finds the subject in the caller's area, builds the result and
/// leaves a trace (README "Traces"). Print and export reuse <see cref="BuildAsync"/> and write their own trace.
/// </summary>
public sealed class RunQueryHandler(AppDbContext db, QueryCatalogue catalogue, QueryReader reader, AuditTrail audit, BulkAccessMonitor monitor)
{
    public async Task<Result<QueryResult>> HandleAsync(string itemCode, QueryParameters parameters, CancellationToken ct = default)
    {
        var built = await BuildAsync(itemCode, parameters, ct);
        if (!built.IsSuccess) return Result<QueryResult>.From(built);
        var (subject, result) = built.Value!;
        await TraceAsync("query.run", subject, itemCode, null, ct);
        return result;
    }

    public async Task<Result<(ResolvedSubject Subject, QueryResult Result)>> BuildAsync(string itemCode, QueryParameters parameters, CancellationToken ct)
    {
        if (catalogue.Item(itemCode) is not { } item || catalogue.Dataset(item.Dataset) is not { } dataset) return Result<(ResolvedSubject, QueryResult)>.From(Result.NotFound());
        var errors = new FieldErrors();
        var from = Period(parameters.From, "from", errors);
        var to = Period(parameters.To, "to", errors);
        if (from is not null && to is not null && string.CompareOrdinal(from, to) > 0) errors.Add("to", "截止年月不能早于起始年月");
        if (errors.Any) return Result<(ResolvedSubject, QueryResult)>.From(errors.ToResult());
        var loaded = await reader.LoadAsync(item, dataset, parameters, ct);
        if (!loaded.IsSuccess) return Result<(ResolvedSubject, QueryResult)>.From(loaded);
        var subject = loaded.Value!.Subject;
        return (subject, QueryBuilder.Build(item, dataset, subject, loaded.Value.Rows, from, to));
    }

    /// <summary>One audit row per look at a subject's data; looks at persons count towards the bulk-access alert.</summary>
    public async Task TraceAsync(string action, ResolvedSubject subject, string itemCode, string? proofNumber, CancellationToken ct)
    {
        audit.Record(action, subject.AuditObjectType, subject.AuditObjectId, fields: [itemCode], reason: proofNumber);
        await db.SaveChangesAsync(ct);
        if (subject.Kind == SubjectKind.Person) await monitor.NoteAsync(ct);
    }

    /// <summary>"yyyy-MM" (or the forms the import accepts), or a bare year "yyyy".</summary>
    private static string? Period(string? raw, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = raw.Trim();
        if (text.Length == 4 && int.TryParse(text, out var year) && year is >= 1950 and <= 2100) return text;
        if (FieldValues.ParseMonth(text) is { } month) return month;
        errors.Add(field, "年月格式应为 2026-10（或年度 2026）");
        return null;
    }
}
