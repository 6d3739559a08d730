using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Certification.Demo;

/// <summary>
/// Demo beneficiaries, once: the known persons (何国庆 overdue retiree, 马秀珍 due this month, 张德山 工伤职工 in
/// 五楼村) and a deterministic spread over the generated persons aged 55+: current, due, overdue, paused for not
/// certifying, work-injury workers and survivors, and one suspected death to follow up.
/// </summary>
internal static class CertificationDemo
{
    public static async Task SeedAsync(AppDbContext db, ICryptoProvider crypto, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.Set<Beneficiary>().AnyAsync(ct)) return;
        var today = clock.TodayInChina();
        var now = clock.GetUtcNow().UtcDateTime;
        var lookup = new PersonLookup(db, crypto, new Organisations.CurrentScope(db, Platform.Security.FixedCurrentUser.System));
        var known = new Dictionary<string, PersonRef>();
        foreach (var id in KnownPersonIdNumbers())
            if ((await lookup.InDistrictAsync(id, ct)).Value is { } p) known[id] = p;

        var added = new List<Beneficiary>();
        Beneficiary Add(PersonRef p, string scheme, string type, string items, decimal amount, DateOnly? lastOn, string? method = "01", string? place = "村（社区）")
        {
            var b = new Beneficiary
            {
                Id = Guid.CreateVersion7(), PersonId = p.Id, Scheme = scheme, CentreCode = Schemes.CentreOf(scheme)!, SubjectType = type, BenefitItems = items, MonthlyAmount = amount,
                Name = p.Name, IdNumberMasked = p.IdNumberMasked, VillageCode = p.VillageCode, OrgPath = p.OrgPath,
                LastCertifiedOn = lastOn, LastMethod = lastOn is null ? null : method, LastPlace = lastOn is null ? null : place,
                NextDueMonth = (lastOn is { } on ? CertificationCycle.NextDueMonth(on) : YearMonth.Of(today)).ToString(), UpdatedAt = now,
            };
            db.Add(b);
            added.Add(b);
            return b;
        }
        void Pause(Beneficiary b, YearMonth from)
        {
            (b.Status, b.PausedFrom, b.PauseReason) = (BenefitStatuses.Paused, from.ToString(), PauseReasons.NotCertified);
            db.Add(new BenefitPause { BeneficiaryId = b.Id, PersonId = b.PersonId, FromMonth = from.ToString(), Reason = PauseReasons.NotCertified, Remarks = "逾期未认证（演示）", PausedBy = "yl.review", PausedAt = now });
        }

        if (known.TryGetValue("34150419580916091X", out var li)) Add(li, Schemes.EmployeePension, SubjectTypes.Retiree, "基本养老金", 2316.40m, today.AddMonths(-14), "visit", "顺河社区（上门）");
        if (known.TryGetValue("341504196411030925", out var wang)) Add(wang, Schemes.EmployeePension, SubjectTypes.Retiree, "基本养老金", 1987.15m, today.AddMonths(-12), "04", "顺河社区自助终端");
        if (known.TryGetValue("34052419800101001X", out var zhang)) Add(zhang, Schemes.WorkInjury, SubjectTypes.Worker, "伤残津贴", 3120.00m, today.AddMonths(-5)).DisabilityGrade = "5";

        var cutoff = today.AddYears(-55);
        var knownIds = known.Values.Select(p => p.Id).ToList();
        var older = await db.Persons.AsNoTracking().Where(p => p.BirthDate <= cutoff && !knownIds.Contains(p.Id)).OrderBy(p => p.VillageCode).ThenBy(p => p.Id).Take(60).Select(PersonLookup.AsRef).ToListAsync(ct);
        var random = new Random(20261128);
        for (var i = 0; i < older.Count; i++)
        {
            var p = older[i];
            var monthsAgo = random.Next(0, 17);               // 0–16 months since the last certification: current, due, overdue
            var lastOn = today.AddMonths(-monthsAgo).AddDays(-random.Next(0, 25));
            var method = new[] { "01", "04", "visit", "02" }[random.Next(4)];
            switch (i % 10)
            {
                case 7:
                    Add(p, Schemes.WorkInjury, SubjectTypes.Worker, random.Next(2) == 0 ? "伤残津贴" : "伤残津贴、生活护理费", 2600m + random.Next(0, 1500), lastOn, method).DisabilityGrade = random.Next(1, 7).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case 8:
                    var survivor = Add(p, Schemes.WorkInjury, SubjectTypes.Dependant, "供养亲属抚恤金", 1400m + random.Next(0, 600), lastOn, method);
                    (survivor.DeceasedWorkerName, survivor.Relationship) = ($"{p.Name[0]}建国", "配偶");
                    break;
                case 9:
                    var paused = Add(p, Schemes.EmployeePension, SubjectTypes.Retiree, "基本养老金", 1800m + random.Next(0, 1800), today.AddMonths(-15), method);
                    Pause(paused, CertificationCycle.SuggestedPauseMonth(CertificationCycle.Month(paused.NextDueMonth)));
                    break;
                default:
                    Add(p, Schemes.EmployeePension, SubjectTypes.Retiree, "基本养老金", 1800m + random.Next(0, 1800) + random.Next(0, 100) / 100m, lastOn, method);
                    break;
            }
        }
        if (older.Count > 3)
        {
            var suspect = added.First(b => b.PersonId == older[3].Id);
            db.Add(new SuspectedDeath
            {
                Id = Guid.CreateVersion7(), PersonId = suspect.PersonId, BeneficiaryId = suspect.Id, Scheme = suspect.Scheme, CentreCode = suspect.CentreCode,
                Name = suspect.Name, IdNumberMasked = suspect.IdNumberMasked, DeathDate = today.AddDays(-40), Source = "民政（演示）",
                VillageCode = suspect.VillageCode, OrgPath = suspect.OrgPath, ImportedAt = now,
            });
        }
        // A retiree on the 企业职工 due list is one in the person record too (the known ones are set by ResidentDemo).
        var retirees = added.Where(b => b.Scheme == Schemes.EmployeePension && b.SubjectType == SubjectTypes.Retiree && !knownIds.Contains(b.PersonId)).Select(b => b.PersonId).ToList();
        foreach (var person in await db.Persons.Where(p => retirees.Contains(p.Id)).ToListAsync(ct))
            person.SetEmployeePensionStatus(added.Any(b => b.PersonId == person.Id && b.Status == BenefitStatuses.Paused) ? EmployeePensionStatuses.BenefitSuspended : EmployeePensionStatuses.Receiving, now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The hand-made demo persons (their query rows are the CSV files, not generated).</summary>
    internal static IEnumerable<string> KnownPersonIdNumbers() =>
        Persons.Demo.PersonsDemo.KnownPersons.Select(k => k.IdNumber).Concat(Resident.Demo.ResidentDemo.Listing.Select(l => l.IdNumber));

    internal static async Task<HashSet<Guid>> KnownPersonIdsAsync(PersonLookup lookup, CancellationToken ct)
    {
        var ids = new HashSet<Guid>();
        foreach (var id in KnownPersonIdNumbers())
            if ((await lookup.InDistrictAsync(id, ct)).Value is { } p) ids.Add(p.Id);
        return ids;
    }
}
