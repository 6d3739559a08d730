using Shebao.Core.Modules.Parameters;

namespace Shebao.Core.Modules.Resident;

/// <summary>
/// Splits a year's contribution into its parts (domain.md §6.1): the subsidy by grade tier (CJB.SUBSIDY, one
/// total booked as 省级 until the Anhui split is entered; none on 补缴, 待确认) and 政府代缴 of the minimum grade for
/// the identities in CJB.GOVPAID that are valid in that year.
/// </summary>
internal static class ContributionParts
{
    private sealed record SubsidyRule(IReadOnlyList<SubsidyTier> Tiers);

    private sealed record SubsidyTier(decimal MinGrade, decimal Amount);

    private sealed record GovPaidRule(decimal MinimumGrade, IReadOnlyList<string> FullFor);

    public static void Fill(ResidentContribution c, string identityThatYear, ParameterReader parameters)
    {
        // Years before the first published rule (2014) use that rule (待确认).
        var date = new DateOnly(Math.Max(c.Year, parameters.FirstYear("CJB.SUBSIDY")), 7, 1);
        var (subsidyRow, _) = parameters.RowOrLatest("CJB.SUBSIDY", date);
        var subsidy = parameters.Json<SubsidyRule>("CJB.SUBSIDY", subsidyRow.ValidFrom).Tiers.Where(t => c.Grade >= t.MinGrade).Select(t => t.Amount).DefaultIfEmpty(0).Max();
        var (govRow, _) = parameters.RowOrLatest("CJB.GOVPAID", date);
        var gov = parameters.Json<GovPaidRule>("CJB.GOVPAID", govRow.ValidFrom);
        c.GovernmentPaid = gov.FullFor.Contains(identityThatYear) ? Math.Min(gov.MinimumGrade, c.Grade) : 0;
        c.Personal = c.Grade - c.GovernmentPaid;
        c.ProvincialSubsidy = c.Kind == ContributionKinds.BackPayment ? 0 : subsidy;
        c.CitySubsidy = 0;
        c.CountySubsidy = 0;
    }

    /// <summary>What the person pays for a year at a grade (the grade less any 政府代缴).</summary>
    public static decimal PersonalDue(decimal grade, int year, string kind, string identityThatYear, ParameterReader parameters)
    {
        var probe = new ResidentContribution { Year = year, Kind = kind, Grade = grade };
        Fill(probe, identityThatYear, parameters);
        return probe.Personal;
    }
}
