using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Resident;

/// <summary>
/// Everything the registry knows of one person's 城居保 relation, loaded together, with the facts the rules
/// and the screens derive from it (years paid, arrears, pending payments, the age-60 month).
/// </summary>
internal sealed class ResidentRecord
{
    public required Person Person { get; init; }
    public ResidentEnrolment? Enrolment { get; set; }
    public required List<ResidentContribution> Contributions { get; init; }
    public ResidentAccount? Account { get; set; }
    public required List<SpecialIdentityRecord> Identities { get; init; }
    public ResidentBenefit? Benefit { get; set; }

    /// <summary>Tracked entities when <paramref name="forUpdate"/>, so an effect can change them in its transaction.</summary>
    public static async Task<ResidentRecord?> LoadAsync(AppDbContext db, Guid personId, CancellationToken ct, bool forUpdate = false)
    {
        IQueryable<T> Q<T>() where T : class => forUpdate ? db.Set<T>() : db.Set<T>().AsNoTracking();
        // A registration case's applicant is still pending: the case's own rules and effect must see them.
        var person = await Q<Person>().IgnoreQueryFilters().SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return null;
        return new ResidentRecord
        {
            Person = person,
            Enrolment = await Q<ResidentEnrolment>().SingleOrDefaultAsync(e => e.PersonId == personId, ct),
            Contributions = await Q<ResidentContribution>().Where(c => c.PersonId == personId).OrderBy(c => c.Year).ToListAsync(ct),
            Account = await Q<ResidentAccount>().SingleOrDefaultAsync(a => a.PersonId == personId, ct),
            Identities = await Q<SpecialIdentityRecord>().Where(i => i.PersonId == personId).OrderBy(i => i.ValidFrom).ToListAsync(ct),
            Benefit = await Q<ResidentBenefit>().SingleOrDefaultAsync(b => b.PersonId == personId, ct),
        };
    }

    public string InsuredStatus => Person.ResidentInsuredStatus;
    public string? PaymentStatus => Person.ResidentPaymentStatus;
    public string StatusLabel => ResidentStatus.Label(InsuredStatus, PaymentStatus);

    public bool IsEnrolled => ResidentStatus.IsEnrolled(InsuredStatus);
    public bool IsPaying => InsuredStatus == ResidentInsuredStatuses.Insured && PaymentStatus == ResidentPaymentStatuses.Paying;
    public bool IsInterrupted => InsuredStatus == ResidentInsuredStatuses.Suspended && PaymentStatus == ResidentPaymentStatuses.Suspended;
    public bool IsReceiving => Person.ReceivesResidentPension;

    /// <summary>The month the person turns 60.</summary>
    public YearMonth Age60 => YearMonth.Of(Person.BirthDate.AddYears(60));

    public int Age(DateOnly today) => today.Year - Person.BirthDate.Year - (today < Person.BirthDate.AddYears(today.Year - Person.BirthDate.Year) ? 1 : 0);

    public IEnumerable<ResidentContribution> Received => Contributions.Where(c => c.Status == ContributionStatuses.Received);

    public IEnumerable<ResidentContribution> Pending => Contributions.Where(c => c.Status == ContributionStatuses.Pending);

    /// <summary>Years counted: received contributions plus years transferred in.</summary>
    public int YearsPaid => Received.Count() + (Enrolment?.TransferredYears ?? 0);

    /// <summary>The first year a contribution is owed: the enrolment year, or the year the person turned 16.</summary>
    public int FirstOwedYear => Math.Max(Enrolment is null ? int.MaxValue : int.Parse(Enrolment.EnrolledMonth[..4], System.Globalization.CultureInfo.InvariantCulture), Person.BirthDate.Year + 16);

    /// <summary>
    /// 欠费: a year from the enrolment year to the year before the person turns 60 (and before this year),
    /// outside an interruption, with no contribution record at all (declared-but-unreceived years are <see cref="Pending"/>).
    /// </summary>
    public IReadOnlyList<int> UnpaidYears(DateOnly today)
    {
        if (Enrolment is null) return [];
        var last = Math.Min(today.Year - 1, Age60.Year - 1);
        if (IsInterrupted && YearMonth.TryParse(Enrolment.InterruptMonth, out var from)) last = Math.Min(last, from.Year - 1);
        var recorded = Contributions.Select(c => c.Year).ToHashSet();
        return Enumerable.Range(FirstOwedYear, Math.Max(0, last - FirstOwedYear + 1)).Where(y => !recorded.Contains(y)).ToList();
    }

    /// <summary>The special identity in force in a year (the latest valid one), or ordinary.</summary>
    public string IdentityInYear(int year) => Identities.Where(i => i.CoversYear(year)).OrderByDescending(i => i.ValidFrom).Select(i => i.Code).FirstOrDefault() ?? SpecialIdentities.Ordinary;

    public SpecialIdentityRecord? CurrentIdentity(DateOnly today) => Identities.Where(i => i.CurrentOn(today)).OrderByDescending(i => i.ValidFrom).FirstOrDefault();
}
