using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Persons;

/// <summary>
/// Runs a queued person import: every line checked first (any error: nothing written, the job lists the lines);
/// then, in one transaction, new persons through the bulk path and changed persons with a 变更记录 row naming the
/// import. A dry run stops before writing and keeps the counts.
/// </summary>
public sealed class RunPersonImportHandler(AppDbContext db, ICryptoProvider crypto, TimeProvider clock, AuditTrail audit, CurrentScope currentScope,
    PersonImportProgress progress)
{
    private const int Batch = 20_000;
    private const int UpdateChunk = 1_000;
    internal const string HistoryKind = "import";

    public async Task<Result<PersonImportView>> HandleAsync(Guid importId, Stream content, CancellationToken ct = default)
    {
        var scope = await currentScope.GetAsync(ct);
        var job = await db.Set<PersonImport>().VisibleTo(scope).SingleOrDefaultAsync(i => i.Id == importId, ct);
        if (job is null) return Result<PersonImportView>.From(Result.NotFound());
        if (job.Status != PersonImportStatuses.Queued) return Result<PersonImportView>.From(Result.Conflict("该导入已经开始或已经完成"));
        job.Status = PersonImportStatuses.Running;
        await db.SaveChangesAsync(ct);
        progress.Report(job.Id, 0, 0);
        try
        {
            await ImportAsync(job, scope, content, ct);
        }
        catch (Exception)
        {
            // The transaction rolled back: nothing of the file is in the registry; the job says so.
            db.ChangeTracker.Clear();
            job = await db.Set<PersonImport>().SingleAsync(i => i.Id == importId, CancellationToken.None);
            Finish(job, PersonImportStatuses.Failed);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            progress.Forget(importId);
        }
        return GetPersonImportHandler.View(job, null);
    }

    private async Task ImportAsync(PersonImport job, OrgScope scope, Stream content, CancellationToken ct)
    {
        var (header, lines, fileError) = await PersonImportFile.ReadAsync(content, job.FileName, ct);
        var (positions, headerError) = header is null ? ([], null) : PersonImportFile.MapHeader(header);
        if ((fileError ?? headerError) is { } error)
        {
            await FailAsync(job, [new PersonImportError(0, "", error)], 1, ct);
            return;
        }
        job.Total = lines.Count;
        var rows = await CheckAsync(job, scope, lines, positions, ct);
        if (rows is null) return;

        // District-wide: an import names each person once, wherever the registry has them.
        var existing = new Dictionary<string, Guid>(rows.Length);
        await foreach (var p in db.Persons.AsNoTracking().Select(p => new { p.IdNumberIndex, p.Id }).AsAsyncEnumerable().WithCancellation(ct))
            existing[p.IdNumberIndex] = p.Id;
        // A number waiting in an open 参保登记 case belongs to that case until it is decided: inserting it would collide.
        var pending = (await db.Persons.IgnoreQueryFilters().Where(p => p.RegistrationPending).Select(p => p.IdNumberIndex).ToListAsync(ct)).ToHashSet();
        var held = rows.Where(r => pending.Contains(r.Index))
            .Select(r => new PersonImportError(r.Line, "公民身份号码", "该公民身份号码正在参保登记办件中（待登记），请该办件办结后再导入")).ToList();
        if (held.Count > 0)
        {
            await FailAsync(job, held.Take(200).ToList(), held.Count, ct);
            return;
        }
        var fresh = rows.Where(r => !existing.ContainsKey(r.Index)).ToList();
        var known = rows.Where(r => existing.ContainsKey(r.Index)).ToList();

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = job.DryRun ? null : await db.Database.BeginTransactionAsync(ct);
        var processed = 0;
        var changed = 0;
        foreach (var chunk in known.Chunk(UpdateChunk))
        {
            changed += await UpdateAsync(job, chunk, existing, now, ct);
            progress.Report(job.Id, (rows.Length + (processed += chunk.Length)) / 2, rows.Length);
        }
        if (!job.DryRun)
        {
            // Encryption dominates: both cores encrypt the next batch while the database writes the previous one.
            Task writing = Task.CompletedTask;
            for (var start = 0; start < fresh.Count; start += Batch)
            {
                var batch = fresh.GetRange(start, Math.Min(Batch, fresh.Count - start));
                var persons = new Person[batch.Count];
                Parallel.For(0, persons.Length, new ParallelOptions { CancellationToken = ct }, i => persons[i] = Create(batch[i], now));
                await writing;
                progress.Report(job.Id, (rows.Length + processed) / 2, rows.Length);
                processed += batch.Count;
                writing = Task.Run(() => PersonBulkWriter.WriteAsync(db, persons, ct), ct);
            }
            await writing;
        }
        job.New = fresh.Count;
        job.Changed = changed;
        job.Unchanged = known.Count - changed;
        job.Processed = rows.Length;
        Finish(job, PersonImportStatuses.Succeeded);
        audit.Record(job.DryRun ? "person.import.dry-run" : "person.import", "person-import", job.Id.ToString(),
            reason: $"new={job.New},changed={job.Changed},unchanged={job.Unchanged}");
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
    }

    /// <summary>Every line checked on both cores (the first half of the progress bar); null when any line is wrong (the job then lists them and is saved as failed).</summary>
    private async Task<PersonImportRow[]?> CheckAsync(PersonImport job, OrgScope scope, IReadOnlyList<(int Line, string[] Cells)> lines, int[] positions, CancellationToken ct)
    {
        var villages = await db.OrgUnits.AsNoTracking().VisibleTo(scope).Where(o => o.Kind == OrgKinds.Village && o.ValidTo == null).ToDictionaryAsync(o => o.Code, ct);
        var today = clock.TodayInChina();
        var rows = new PersonImportRow?[lines.Count];
        var errors = new List<PersonImportError>();
        var done = 0;
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, lines.Count, 5_000), new ParallelOptions { CancellationToken = ct }, range =>
        {
            var local = new List<PersonImportError>();
            for (var i = range.Item1; i < range.Item2; i++)
                rows[i] = CheckPersonImportRow.Check(lines[i].Line, lines[i].Cells, positions, villages, crypto, today, local);
            lock (errors) errors.AddRange(local);
            progress.Report(job.Id, Interlocked.Add(ref done, range.Item2 - range.Item1) / 2, lines.Count);
        });
        // The same person twice in one file is a mistake of the file, named at its second line.
        var first = new Dictionary<string, int>(lines.Count);
        foreach (var row in rows)
            if (row is not null && !first.TryAdd(row.Index, row.Line))
                errors.Add(new PersonImportError(row.Line, PersonImportFile.IdNumberColumn, $"公民身份号码与第{first[row.Index]}行重复：同一人只能出现一次"));
        if (errors.Count > 0)
        {
            await FailAsync(job, [.. errors.OrderBy(e => e.Line).Take(PersonImportFile.MaxListedErrors)], errors.Count, ct);
            return null;
        }
        return rows!;
    }

    /// <summary>Compares known persons with their lines; changed ones are updated (not in a dry run) with a history row naming the import.</summary>
    private async Task<int> UpdateAsync(PersonImport job, PersonImportRow[] chunk, Dictionary<string, Guid> existing, DateTime now, CancellationToken ct)
    {
        var ids = chunk.Select(r => existing[r.Index]).ToList();
        // Read untracked; only the changed ones are attached, so unchanged persons cost no change tracking.
        var persons = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var changed = 0;
        foreach (var row in chunk)
        {
            var person = persons[existing[row.Index]];
            var (before, after) = Differences(person, row);
            if (after.Count == 0) continue;
            changed++;
            if (job.DryRun) continue;
            db.Attach(person);
            Apply(person, row, now);
            PersonHistory.Record(db, person.Id, HistoryKind, $"人员导入（{job.FileName}）修改了：{string.Join("、", after.Keys)}", before, after, job.By, now);
        }
        if (!job.DryRun) await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        db.Entry(job).State = EntityState.Modified;
        return changed;
    }

    /// <summary>The fields the line changes, before and after, identifiers masked. An empty optional cell keeps the value.</summary>
    private (Dictionary<string, string?> Before, Dictionary<string, string?> After) Differences(Person p, PersonImportRow row)
    {
        var before = new Dictionary<string, string?>();
        var after = new Dictionary<string, string?>();
        void Compare(string label, string? current, string? imported, string? shownBefore = null, string? shownAfter = null)
        {
            if (imported is null || imported == current) return;
            before[label] = shownBefore ?? current;
            after[label] = shownAfter ?? imported;
        }
        Compare(PersonImportFile.NameColumn, p.Name, row.Name);
        Compare(PersonImportFile.VillageColumn, p.VillageCode, row.Village.Code);
        Compare(PersonImportFile.GroupColumn, p.GroupName, row.GroupName);
        Compare(PersonImportFile.AddressColumn, p.Address, row.Address);
        // Ciphertexts differ each time: the masked forms decide, and only equal ones are decrypted to be sure.
        if (row.Phone is not null && (p.PhoneMasked != Masking.Phone(row.Phone) || crypto.Decrypt(p.PhoneCipher!) != row.Phone))
            Compare(PersonImportFile.PhoneColumn, p.PhoneMasked, row.Phone, p.PhoneMasked, Masking.Phone(row.Phone));
        Compare(PersonImportFile.BankNameColumn, p.BankName, row.BankName);
        if (row.BankAccount is not null && (p.BankAccountMasked != Masking.BankAccount(row.BankAccount) || crypto.Decrypt(p.BankAccountCipher!) != row.BankAccount))
            Compare(PersonImportFile.BankAccountColumn, p.BankAccountMasked, row.BankAccount, p.BankAccountMasked, Masking.BankAccount(row.BankAccount));
        Compare(PersonImportFile.HouseholdColumn, p.HouseholdType, row.HouseholdType);
        Compare(PersonImportFile.IdentityColumn, p.SpecialIdentity, row.SpecialIdentity);
        if (row.Insured is not null)
            Compare("城居保状态", ResidentStatus.Label(p.ResidentInsuredStatus, p.ResidentPaymentStatus), ResidentStatus.Label(row.Insured, row.Payment));
        return (before, after);
    }

    private void Apply(Person p, PersonImportRow row, DateTime now)
    {
        p.Name = row.Name;
        p.VillageCode = row.Village.Code;
        p.OrgPath = row.Village.Path;
        p.GroupName = row.GroupName ?? p.GroupName;
        p.Address = row.Address ?? p.Address;
        if (row.Phone is not null) (p.PhoneCipher, p.PhoneMasked) = (crypto.Encrypt(row.Phone), Masking.Phone(row.Phone));
        p.BankName = row.BankName ?? p.BankName;
        if (row.BankAccount is not null) (p.BankAccountCipher, p.BankAccountMasked) = (crypto.Encrypt(row.BankAccount), Masking.BankAccount(row.BankAccount));
        p.HouseholdType = row.HouseholdType;
        p.SpecialIdentity = row.SpecialIdentity ?? p.SpecialIdentity;
        if (row.Insured is not null && ResidentStatus.Label(p.ResidentInsuredStatus, p.ResidentPaymentStatus) != ResidentStatus.Label(row.Insured, row.Payment))
            p.SetResidentStatus(row.Insured, row.Payment, now);
        else p.Touch(now);
    }

    private Person Create(PersonImportRow row, DateTime now)
    {
        var person = NewPerson.Create(new NewPersonData(row.Name, row.IdNumber, row.Phone, row.BankAccount, row.BankName, row.Address, "01",
            row.HouseholdType, row.GroupName, row.SpecialIdentity ?? SpecialIdentities.Ordinary), row.Village, crypto, now, idNumberIndex: row.Index);
        if (row.Insured is not null) person.SetResidentStatus(row.Insured, row.Payment, now);
        person.Version = 0;
        return person;
    }

    private async Task FailAsync(PersonImport job, IReadOnlyList<PersonImportError> errors, int count, CancellationToken ct)
    {
        job.Errors = JsonSerializer.Serialize(errors);
        job.ErrorCount = count;
        Finish(job, PersonImportStatuses.Failed);
        audit.Record("person.import", "person-import", job.Id.ToString(), result: AuditResults.Failure, reason: $"errors={count}");
        await db.SaveChangesAsync(ct);
    }

    private void Finish(PersonImport job, string status)
    {
        job.Status = status;
        job.FinishedAt = clock.GetUtcNow().UtcDateTime;
    }
}
