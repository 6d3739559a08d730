using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Resident;

/// <summary>
/// Rebuilds the personal account from the received contributions (domain.md §6.1, §6.2): each part is the sum
/// of its contributions; a contribution is credited at the end of the year it was received and earns the
/// published yearly rate (CJB.ACCOUNT_RATE) from the next year, through last year. Same convention as the
/// calculator, so an estimate on the record agrees with the account.
/// </summary>
internal static class AccountLedger
{
    public static void Rebuild(ResidentRecord record, ParameterReader parameters, DateOnly today, DateTime now, AppDbContext db)
    {
        var account = record.Account;
        if (account is null)
        {
            account = new ResidentAccount { PersonId = record.Person.Id };
            db.Add(account);
            record.Account = account;
        }
        var received = record.Received.ToList();
        account.Personal = received.Sum(c => c.Personal);
        account.ProvincialSubsidy = received.Sum(c => c.ProvincialSubsidy);
        account.CitySubsidy = received.Sum(c => c.CitySubsidy);
        account.CountySubsidy = received.Sum(c => c.CountySubsidy);
        account.Collective = received.Sum(c => c.Collective);
        account.GovernmentPaid = received.Sum(c => c.GovernmentPaid);

        var transferYear = record.Enrolment?.TransferredYears > 0 && YearMonth.TryParse(record.Enrolment.EnrolledMonth, out var m) ? m.Year : (int?)null;
        var creditedByYear = received.GroupBy(c => (c.ReceivedOn ?? today).Year).ToDictionary(g => g.Key, g => g.Sum(c => c.Total));
        if (transferYear is { } ty) creditedByYear[ty] = creditedByYear.GetValueOrDefault(ty) + account.TransferredIn;
        decimal balance = 0, interest = 0;
        var lastInterestYear = today.Year - 1;
        if (creditedByYear.Count > 0)
        {
            for (var year = creditedByYear.Keys.Min(); year <= lastInterestYear; year++)
            {
                // Interest on the opening balance, then this year's credits.
                var yearInterest = balance == 0 ? 0 : decimal.Round(balance * Rate(parameters, year), 2, MidpointRounding.AwayFromZero);
                interest += yearInterest;
                balance += yearInterest + creditedByYear.GetValueOrDefault(year);
            }
        }
        account.Interest = interest;
        account.InterestThroughYear = lastInterestYear;
        account.UpdatedAt = now;
    }

    private static decimal Rate(ParameterReader parameters, int year)
    {
        var date = new DateOnly(year, 7, 1);
        if (parameters.FirstYear("CJB.ACCOUNT_RATE") > year) return 0m;
        return ParameterReader.AsDecimal(parameters.RowOrLatest("CJB.ACCOUNT_RATE", date).Row);
    }
}
