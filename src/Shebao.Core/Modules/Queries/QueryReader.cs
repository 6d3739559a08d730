using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Employers;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;
using Shebao.Core.Platform.Validation;

namespace Shebao.Core.Modules.Queries;

/// <summary>
/// Finds a query's subject in the caller's area and loads its rows (README "Scope"). Persons and employers are found by
/// where they are now; rows of a subject unknown to the platform are visible by their own scope (district staff only).
/// </summary>
public sealed class QueryReader(AppDbContext db, CurrentScope currentScope, PersonLookup persons, IEnumerable<IQueryRowSource> sources)
{
    public sealed record Loaded(ResolvedSubject Subject, List<(string Period, IReadOnlyDictionary<string, string> Row)> Rows);

    public async Task<Result<Loaded>> LoadAsync(QueryItemDefinition item, DatasetDefinition dataset, QueryParameters p, CancellationToken ct)
    {
        var scope = await currentScope.GetAsync(ct);
        var by = item.QueryBy ?? dataset.Subject;
        var records = db.Set<QueryRecord>().AsNoTracking().Where(r => r.Dataset == dataset.Code);
        ResolvedSubject? subject;
        IQueryable<QueryRecord> mine;
        switch (by)
        {
            case SubjectKind.Person:
            {
                var found = await persons.InScopeAsync(p.IdNumber, ct);
                if (found.Kind == ResultKind.Invalid) return Result<Loaded>.From(found);
                // Rows of a number unknown to the registry are kept under its index too (imported before the person was).
                var index = persons.IndexOf(p.IdNumber!);
                var person = found.Value;
                mine = person is null ? records.Where(r => r.SubjectKey == index).VisibleTo(scope) : records.Where(r => r.SubjectKey == index);
                subject = person is null ? null : new(SubjectKind.Person, index, new("person", person.Name, person.IdNumberMasked, null, null), person.Id, null, "person", person.Id.ToString());
                if (subject is null && await mine.Select(r => new { r.SubjectName, r.SubjectMasked }).FirstOrDefaultAsync(ct) is { } known)
                    subject = new(SubjectKind.Person, index, new("person", known.SubjectName, known.SubjectMasked, null, null), null, null, "person", "idx:" + index[..16]);
                break;
            }
            case SubjectKind.Employer:
            {
                var code = (p.CreditCode ?? "").Trim().ToUpperInvariant();
                if (UnifiedSocialCreditCode.Validate(code) is { } error) return Result<Loaded>.From(Result.Invalid("creditCode", error));
                var employer = await db.Set<Employer>().AsNoTracking().VisibleTo(scope).Where(e => e.CreditCode == code)
                    .Select(e => new { e.Id, e.Name }).SingleOrDefaultAsync(ct);
                var byCode = dataset.Subject == SubjectKind.Project ? records.Where(r => r.GroupKey == code) : records.Where(r => r.SubjectKey == code);
                if (dataset.Subject == SubjectKind.Project && !string.IsNullOrWhiteSpace(p.ProjectCode))
                {
                    var project = p.ProjectCode.Trim();
                    byCode = byCode.Where(r => r.SubjectKey == project);
                }
                mine = employer is null ? byCode.VisibleTo(scope) : byCode;
                subject = employer is null ? null : new(SubjectKind.Employer, code, new("employer", employer.Name, null, code, null), null, employer.Id, "employer", employer.Id.ToString());
                if (subject is null && dataset.Subject == SubjectKind.Employer && await mine.Select(r => r.SubjectName).FirstOrDefaultAsync(ct) is { } name)
                    subject = new(SubjectKind.Employer, code, new("employer", name, null, code, null), null, null, "employer", code);
                if (subject is null && dataset.Subject == SubjectKind.Project && await mine.AnyAsync(ct))
                    subject = new(SubjectKind.Employer, code, new("employer", BuilderName(dataset, await mine.Select(r => r.Data).FirstAsync(ct)), null, code, null), null, null, "employer", code);
                break;
            }
            default:
            {
                var code = (p.ProjectCode ?? "").Trim();
                if (code.Length is 0 or > 40) return Result<Loaded>.From(Result.Invalid("projectCode", "请输入项目编号"));
                mine = records.Where(r => r.SubjectKey == code).VisibleTo(scope);
                // A builder named with the project must be the project's builder (A2-07 asked by both).
                if (!string.IsNullOrWhiteSpace(p.CreditCode))
                {
                    var builder = p.CreditCode.Trim().ToUpperInvariant();
                    mine = mine.Where(r => r.GroupKey == builder);
                }
                subject = await mine.Select(r => new { r.SubjectName }).FirstOrDefaultAsync(ct) is { } project
                    ? new(SubjectKind.Project, code, new("project", project.SubjectName, null, null, code), null, null, "project", code)
                    : null;
                break;
            }
        }
        if (subject is null) return Result<Loaded>.From(Result.NotFound());
        var stored = await mine.OrderBy(r => r.Period).ThenBy(r => r.Id).Select(r => new { r.Period, r.Data }).ToListAsync(ct);
        var rows = stored.Select(r => (r.Period, (IReadOnlyDictionary<string, string>)JsonSerializer.Deserialize<Dictionary<string, string>>(r.Data)!)).ToList();
        foreach (var source in sources.Where(s => s.ItemCode == item.ItemCode))
            rows.AddRange(await source.RowsAsync(subject, ct));
        rows.Sort((a, b) => string.CompareOrdinal(a.Period, b.Period));
        return new Loaded(subject, rows);
    }

    /// <summary>The 施工单位 named on a project row, for a builder registered outside the district.</summary>
    private static string BuilderName(DatasetDefinition dataset, string data)
    {
        var field = dataset.Fields.FirstOrDefault(f => f.Type == FieldType.Text && f.Label.StartsWith("施工单位", StringComparison.Ordinal) && f.Key != "creditCode");
        return field is null ? "" : JsonSerializer.Deserialize<Dictionary<string, string>>(data)!.GetValueOrDefault(field.Key) ?? "";
    }
}
