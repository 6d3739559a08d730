using Shebao.Core.Platform.Security;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Files;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Certification;

public sealed record DeathImportReport(int Rows, int Listed, int AlreadyListed, int NotReceiving, int NotRegistered, IReadOnlyList<ImportLineError> Errors)
{
    public bool Applied => Errors.Count == 0;
}

public sealed record SuspectedDeathRow(Guid Id, Guid PersonId, string Name, string IdNumberMasked, string VillageCode, string Scheme, string SchemeLabel,
    DateOnly DeathDate, string Source, string Outcome, string OutcomeLabel, string? Remarks, string? ResolvedBy, DateTime? ResolvedAt);

public sealed record ResolveSuspectedDeathCommand(Guid Id, string? Outcome, string? Remarks);

/// <summary>
/// Imports death records (civil affairs / health) as CSV <c>身份证号码,姓名,死亡日期,来源</c>. Format errors → a
/// line-numbered report, nothing written. People not registered or not receiving a benefit are counted and skipped.
/// Each person × scheme still receiving becomes one follow-up row for their village.
/// </summary>
public sealed class ImportDeathRecordsHandler(AppDbContext db, ICurrentUser user, PersonLookup lookup, AuditTrail audit, TimeProvider clock)
{
    private static readonly CsvColumn[] Columns = [new("身份证号码"), new("姓名"), new("死亡日期"), new("来源", Required: false)];

    public async Task<Result<DeathImportReport>> HandleAsync(TextReader csv, string? source, CancellationToken ct = default)
    {
        if (!user.IsInRole(RoleNames.DistrictAdmin) && !user.IsInRole(RoleNames.DistrictReviewer))
            return Result<DeathImportReport>.From(Result.Forbidden("只有区级人员可以导入死亡信息"));
        var errors = new List<ImportLineError>();
        var lines = await CsvLines.ReadAsync(csv, Columns, errors, ct);
        var today = clock.TodayInChina();
        var parsed = new List<(string Index, DateOnly Died, string Source)>();
        foreach (var f in lines)
        {
            var line = f.Line;
            if (f.Width is < 3 or > 4) { errors.Add(new(line, $"应有3或4列（身份证号码,姓名,死亡日期,来源），实际{f.Width}列")); continue; }
            if (f.PastHeader > 0) { errors.Add(new(line, "本行有第4项，但表头没有“来源”列：请在表头加上“来源”，或删去这一项")); continue; }
            var id = IdNumber.Normalize(f[0]);
            if (IdNumber.Validate(id) is { } idError) { errors.Add(new(line, $"身份证号码无效：{idError}")); continue; }
            if (!DateOnly.TryParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var died)) { errors.Add(new(line, $"死亡日期“{f[2]}”格式应为 yyyy-MM-dd")); continue; }
            if (died > today) { errors.Add(new(line, "死亡日期不能晚于今天")); continue; }
            var from = (f.Cell(3) ?? source ?? "民政").Trim();
            parsed.Add((lookup.IndexOf(id), died, from.Length > 50 ? from[..50] : from));
        }
        if (errors.Count > 0) return new DeathImportReport(lines.Count, 0, 0, 0, 0, errors);

        var persons = await lookup.ByIndexesAsync(parsed.Select(p => p.Index), ct);
        var personIds = persons.Values.Select(p => p.Id).ToList();
        var benefits = new List<Beneficiary>();
        var known = new HashSet<(Guid, string, DateOnly)>();
        foreach (var chunk in personIds.Chunk(500))
        {
            benefits.AddRange(await db.Set<Beneficiary>().AsNoTracking().Where(b => chunk.Contains(b.PersonId) && b.Status != BenefitStatuses.Terminated).ToListAsync(ct));
            foreach (var s in await db.Set<SuspectedDeath>().AsNoTracking().Where(s => chunk.Contains(s.PersonId)).Select(s => new { s.PersonId, s.Scheme, s.DeathDate }).ToListAsync(ct))
                known.Add((s.PersonId, s.Scheme, s.DeathDate));
        }
        int listed = 0, already = 0, notReceiving = 0, notRegistered = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (index, died, from) in parsed)
        {
            if (!persons.TryGetValue(index, out var person)) { notRegistered++; continue; }
            var schemes = benefits.Where(b => b.PersonId == person.Id).Select(b => (b.Scheme, (Guid?)b.Id)).ToList();
            if (person.ReceivesResidentPension) schemes.Add((Schemes.Resident, null));
            if (schemes.Count == 0) { notReceiving++; continue; }
            foreach (var (scheme, beneficiaryId) in schemes)
            {
                if (!known.Add((person.Id, scheme, died))) { already++; continue; }
                db.Add(new SuspectedDeath
                {
                    Id = Guid.CreateVersion7(), PersonId = person.Id, BeneficiaryId = beneficiaryId, Scheme = scheme, CentreCode = Schemes.CentreOf(scheme)!,
                    Name = person.Name, IdNumberMasked = person.IdNumberMasked, DeathDate = died, Source = from,
                    VillageCode = person.VillageCode, OrgPath = person.OrgPath, ImportedAt = now,
                });
                listed++;
            }
        }
        audit.Record("certification.deaths.import", "suspected-death", null, reason: $"rows={parsed.Count},listed={listed},already={already},notReceiving={notReceiving},notRegistered={notRegistered}");
        await db.SaveChangesAsync(ct);
        return new DeathImportReport(parsed.Count, listed, already, notReceiving, notRegistered, []);
    }
}

/// <summary>The follow-up list of suspected deaths for the caller's area (a reviewer: their centre's).</summary>
public sealed class ListSuspectedDeathsHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope)
{
    public async Task<IReadOnlyList<SuspectedDeathRow>> HandleAsync(bool openOnly = true, CancellationToken ct = default)
    {
        var rows = db.Set<SuspectedDeath>().AsNoTracking().VisibleTo(user, await currentScope.GetAsync(ct));
        if (openOnly) rows = rows.Where(r => r.Outcome == DeathOutcomes.Open);
        var list = await rows.OrderBy(r => r.VillageCode).ThenBy(r => r.DeathDate).ThenBy(r => r.Id).Take(2000).ToListAsync(ct);
        return list.Select(r => new SuspectedDeathRow(r.Id, r.PersonId, r.Name, r.IdNumberMasked, r.VillageCode, r.Scheme, Schemes.Label(r.Scheme), r.DeathDate,
            r.Source, r.Outcome, DeathOutcomes.Label(r.Outcome), r.Remarks, r.ResolvedBy, r.ResolvedAt)).ToList();
    }
}

/// <summary>
/// The village (or the centre) records the outcome: alive, or deceased → the benefit terminates from the month
/// after death. A 城居保 row is closed by an A1-12 case, not here.
/// </summary>
public sealed class ResolveSuspectedDeathHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result> HandleAsync(ResolveSuspectedDeathCommand c, CancellationToken ct = default)
    {
        var row = await db.Set<SuspectedDeath>().VisibleTo(user, await currentScope.GetAsync(ct)).SingleOrDefaultAsync(r => r.Id == c.Id, ct);
        if (row is null) return Result.NotFound();
        if (user.IsInRole(RoleNames.DistrictAdmin) && !user.IsInRole(RoleNames.DistrictReviewer)) return Result.Forbidden("管理员只能查看核实清单");
        if (row.Outcome != DeathOutcomes.Open) return Result.Conflict("该条已核实");
        if (row.Scheme == Schemes.Resident) return Result.Unprocessable("城乡居民养老保险待遇人员请办理“城乡居民养老保险待遇注销申请”（A1-12）");
        if (c.Outcome is not (DeathOutcomes.Alive or DeathOutcomes.Deceased)) return Result.Invalid("outcome", "核实结果只能是 alive（健在）或 deceased（死亡）");
        if (c.Remarks is { Length: > 500 }) return Result.Invalid("remarks", "备注最多500字");
        if (c.Outcome == DeathOutcomes.Alive && string.IsNullOrWhiteSpace(c.Remarks)) return Result.Invalid("remarks", "请说明如何核实本人健在（如上门见到本人）");
        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.UserName ?? "";
        (row.Outcome, row.Remarks, row.ResolvedBy, row.ResolvedAt) = (c.Outcome, c.Remarks?.Trim(), by, now);
        if (c.Outcome == DeathOutcomes.Deceased && row.BeneficiaryId is { } bid
            && await db.Set<Beneficiary>().SingleOrDefaultAsync(b => b.Id == bid, ct) is { } b && b.Status != BenefitStatuses.Terminated)
        {
            var from = YearMonth.Of(row.DeathDate).AddMonths(1);
            BenefitLedger.Terminate(db, b, from, $"{Schemes.Label(b.Scheme)}待遇自 {from} 终止：核实死亡（{row.DeathDate:yyyy-MM-dd}，{row.Source}）；死亡后多发待遇由中心追回", by, now);
        }
        audit.Record("certification.death.resolve", "suspected-death", row.Id.ToString(), reason: c.Outcome);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
