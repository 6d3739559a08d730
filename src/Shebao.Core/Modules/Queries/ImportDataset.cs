using Shebao.Core.Platform.Security;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Employers;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Queries;

public sealed record DatasetImportReport(string Dataset, int Rows, int Replaced, int Unmatched, IReadOnlyList<ImportLineError> Lines)
{
    public bool Applied => Lines.Count == 0;
}

/// <summary>
/// Imports a dataset file (README "Imports"): every line is checked first and one bad line changes nothing; a good
/// file replaces the rows with the same key and adds the rest in one transaction.
/// </summary>
public sealed class ImportDatasetHandler(AppDbContext db, QueryCatalogue catalogue, ICurrentUser user, ICryptoProvider crypto, PersonLookup persons, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Enough to find every kind of mistake in a file without sending back a report as large as the file.</summary>
    public const int MaxReportedLines = 1000;

    private sealed record Planned(int Line, string SubjectKey, string SubjectName, string SubjectMasked, string? GroupKey, string Period, string RowKey, Dictionary<string, string> Data);

    public async Task<Result<DatasetImportReport>> HandleAsync(string datasetCode, Stream content, string fileName, CancellationToken ct = default)
    {
        if (catalogue.Dataset(datasetCode) is not { } dataset || catalogue.IsPlatformDataset(datasetCode)) return Result<DatasetImportReport>.From(Result.NotFound());
        if (!CentreImportsItsOwnDatasets.Allows(user, dataset)) return Result<DatasetImportReport>.From(Result.Forbidden($"只有{Departments.Names.GetValueOrDefault(dataset.Centre, dataset.Centre)}的审核人员或系统管理员可以导入“{dataset.Title}”"));
        var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var digest = Convert.ToHexString(Sm3.Hash(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Position = 0;
        var (table, readError) = await ImportFile.ReadAsync(buffer, fileName, ct);
        if (table is null) return Result<DatasetImportReport>.From(Result.Invalid("file", readError!));

        var errors = new List<ImportLineError>();
        var map = MapHeader(dataset, table.Header, errors);
        var planned = new List<Planned>();
        if (errors.Count == 0) Check(dataset, table, map, planned, errors);
        if (errors.Count > 0)
        {
            var shown = errors.Take(MaxReportedLines).ToList();
            if (errors.Count > MaxReportedLines) shown.Add(new(errors[MaxReportedLines].Line, "", $"另有{errors.Count - MaxReportedLines}处错误未列出，请先更正以上各行"));
            audit.Record("query.import", "dataset", dataset.Code, AuditResults.Failure, reason: $"SM3 {digest}; {errors.Count} errors");
            await db.SaveChangesAsync(ct);
            return new DatasetImportReport(dataset.Code, 0, 0, 0, shown);
        }
        var (replaced, unmatched) = await WriteAsync(dataset, planned, digest, ct);
        return new DatasetImportReport(dataset.Code, planned.Count, replaced, unmatched, []);
    }

    /// <summary>Header cells name fields by label or key (a trailing * marks required columns in templates and is ignored).</summary>
    private static DatasetField?[] MapHeader(DatasetDefinition dataset, IReadOnlyList<string> header, List<ImportLineError> errors)
    {
        var map = new DatasetField?[header.Count];
        var seen = new HashSet<string>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimEnd('*', '＊').Trim();
            if (name.Length == 0) continue;
            var field = dataset.Fields.FirstOrDefault(f => f.Label == name || string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase));
            if (field is null) { errors.Add(new(1, name, $"表头第{i + 1}列“{name}”不是“{dataset.Title}”的列。应有的列：{string.Join("、", dataset.Fields.Select(f => f.Label))}")); continue; }
            if (!seen.Add(field.Key)) { errors.Add(new(1, field.Label, $"表头中“{field.Label}”出现了两次")); continue; }
            map[i] = field;
        }
        foreach (var missing in dataset.Fields.Where(f => f.Required && !seen.Contains(f.Key)))
            errors.Add(new(1, missing.Label, $"表头缺少必填列“{missing.Label}”"));
        return map;
    }

    private void Check(DatasetDefinition dataset, ImportTable table, DatasetField?[] map, List<Planned> planned, List<ImportLineError> errors)
    {
        var keys = new Dictionary<string, int>();
        foreach (var (line, cells) in table.Rows)
        {
            var values = new Dictionary<string, string>();
            var before = errors.Count;
            if (cells.Length > map.Length && cells.Skip(map.Length).Any(c => c.Length > 0))
                errors.Add(new(line, "", $"本行有{cells.Length}列，多于表头的{map.Length}列（数据中的逗号请用英文双引号括起）"));
            for (var i = 0; i < map.Length; i++)
            {
                if (map[i] is not { } field) continue;
                if (FieldValues.Parse(field, i < cells.Length ? cells[i] : null, out var value) is { } error) errors.Add(new(line, field.Label, error));
                else values[field.Key] = value;
            }
            foreach (var field in dataset.Fields.Where(f => !f.Required && !values.ContainsKey(f.Key))) values[field.Key] = "";
            if (errors.Count > before) continue;

            var subject = values[dataset.SubjectField];
            var subjectKey = dataset.Subject == SubjectKind.Person ? persons.IndexOf(subject) : subject;
            var masked = dataset.Subject == SubjectKind.Person ? Masking.IdNumber(subject) : subject;
            var rowKey = Convert.ToHexString(Sm3.Hash(Encoding.UTF8.GetBytes(
                string.Join('\u001f', new[] { dataset.Code, subjectKey }.Concat(dataset.KeyFields.Select(k => KeyPart(dataset.Field(k), values[k])))))));
            if (keys.TryGetValue(rowKey, out var earlier))
            {
                errors.Add(new(line, string.Join("、", dataset.KeyFields.Select(k => dataset.Field(k).Label)), $"与第{earlier}行重复（同一{SubjectWord(dataset.Subject)}、同一{string.Join("、", dataset.KeyFields.Select(k => dataset.Field(k).Label))}）"));
                continue;
            }
            keys[rowKey] = line;
            var stored = dataset.Fields.ToDictionary(f => f.Key, f => FieldValues.Stored(f, values[f.Key]));
            var group = dataset.Subject == SubjectKind.Project && values.TryGetValue("creditCode", out var builder) && builder.Length > 0 ? builder : null;
            planned.Add(new(line, subjectKey, dataset.NameField is { } n ? values[n] : "", masked, group,
                dataset.PeriodField is { } p ? values[p] : "", rowKey, stored));
        }
    }

    /// <summary>An identifier in a row key enters as its keyed digest: a plain hash of an ID number could be reversed by trying them all.</summary>
    private string KeyPart(DatasetField field, string value) =>
        field.Type is FieldType.IdNumber or FieldType.BankAccount && value.Length > 0 ? crypto.KeyedDigest(value) : value;

    private async Task<(int Replaced, int Unmatched)> WriteAsync(DatasetDefinition dataset, List<Planned> planned, string digest, CancellationToken ct)
    {
        var links = await LinksAsync(dataset, planned, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.UserName ?? "";
        var replaced = 0;
        var unmatched = 0;
        var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            foreach (var chunk in planned.Select(p => p.RowKey).Chunk(500))
                replaced += await db.Set<QueryRecord>().Where(r => r.Dataset == dataset.Code && chunk.Contains(r.RowKey)).ExecuteDeleteAsync(ct);
            foreach (var chunk in planned.Chunk(2000))
            {
                foreach (var p in chunk)
                {
                    var link = links.GetValueOrDefault(dataset.Subject == SubjectKind.Project ? p.GroupKey ?? "" : p.SubjectKey);
                    if (link.Path is null) unmatched++;
                    db.Add(new QueryRecord
                    {
                        Dataset = dataset.Code, SubjectKey = p.SubjectKey, SubjectName = p.SubjectName, SubjectMasked = p.SubjectMasked, GroupKey = p.GroupKey,
                        PersonId = dataset.Subject == SubjectKind.Person ? link.Id : null, EmployerId = dataset.Subject != SubjectKind.Person ? link.Id : null,
                        OrgPath = link.Path ?? OrgScope.DistrictPath, Period = p.Period, RowKey = p.RowKey,
                        Data = JsonSerializer.Serialize(p.Data), ImportedAt = now, ImportedBy = by,
                    });
                }
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            // The trace commits with the rows: an import that is in the database is in the audit chain.
            db.ChangeTracker.AutoDetectChangesEnabled = tracking;
            audit.Record("query.import", "dataset", dataset.Code, reason: $"SM3 {digest}; {planned.Count} rows, {replaced} replaced");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = tracking;
        }
        return (replaced, unmatched);
    }

    /// <summary>Where each subject lives: a person's village, an employer's (or a project's builder's) registered unit.</summary>
    private async Task<Dictionary<string, (Guid? Id, string? Path)>> LinksAsync(DatasetDefinition dataset, List<Planned> planned, CancellationToken ct)
    {
        var links = new Dictionary<string, (Guid?, string?)>();
        var wanted = planned.Select(p => dataset.Subject == SubjectKind.Project ? p.GroupKey : p.SubjectKey).OfType<string>().Distinct().ToList();
        foreach (var chunk in wanted.Chunk(500))
        {
            if (dataset.Subject == SubjectKind.Person)
                foreach (var (index, x) in await persons.ByIndexesAsync(chunk, ct))
                    links[index] = (x.Id, x.OrgPath);
            else
                foreach (var x in await db.Set<Employer>().AsNoTracking().Where(x => chunk.Contains(x.CreditCode)).Select(x => new { x.CreditCode, x.Id, x.OrgPath }).ToListAsync(ct))
                    links[x.CreditCode] = (x.Id, x.OrgPath);
        }
        return links;
    }

    private static string SubjectWord(SubjectKind kind) => kind switch { SubjectKind.Person => "人员", SubjectKind.Employer => "单位", _ => "项目" };
}
