using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Parameters;

namespace Shebao.Web.Api;

public sealed record RetirementAgeRequest(string? BirthMonth, string? Group);

public sealed record ResidentPensionRequest(DateOnly? BirthDate, int? YearsPaid, decimal? CurrentBalance, decimal? PlannedGrade, int? PlannedYears, string? SpecialIdentity);

public sealed record EmployeePensionRequest(string? BirthMonth, string? Group, decimal? PaidYears, decimal? AverageIndex, IReadOnlyList<YearlyBase>? YearlyBases,
    decimal? DeemedYears, decimal? AccountBalance, decimal? WageGrowth, string? RetirementMonth, bool? ContinueContributing);

public sealed record ParameterUsed(long Id, string Code, string Name, string RegionCode, DateOnly ValidFrom, DateOnly? ValidTo, string Value, string Unit, string Confidence, bool ToConfirm, string SourceDoc);

public sealed record PartResponse(string Label, decimal Amount, bool ToConfirm);

/// <summary>Public calculators (api.md "Calculators"); money in yuan with two places.</summary>
public static class CalculatorsApi
{
    public static void MapCalculatorsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calculators").WithTags("Calculators").AllowAnonymous();
        group.MapPost("/retirement-age", async (RetirementAgeRequest body, CalculateRetirementAgeHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(new RetirementAgeQuery(body.BirthMonth, body.Group), ct)).ToHttp(t, r => Results.Ok(new
            {
                originalAgeYears = r.OriginalAgeYears,
                delayMonths = r.DelayMonths,
                retirementMonth = r.RetirementMonth.ToString(),
                minimumContributionMonths = r.MinimumContributionMonths,
                statutoryAge = new { years = r.StatutoryAgeYears, months = r.StatutoryAgeExtraMonths },
                earliestRetirementMonth = r.EarliestRetirementMonth.ToString(),
                earliestMinimumContributionMonths = r.EarliestMinimumContributionMonths,
                latestRetirementMonth = r.LatestRetirementMonth.ToString(),
                deferredMinimumContributionMonths = r.DeferredMinimumContributionMonths,
                parameters = Used(r.Parameters),
            })))
            .WithSummary("Statutory retirement month under the 2025 reform, with the flexible window");

        group.MapPost("/resident-pension", async (ResidentPensionRequest body, EstimateResidentPensionHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(new ResidentPensionQuery(body.BirthDate, body.YearsPaid, body.CurrentBalance, body.PlannedGrade, body.PlannedYears, body.SpecialIdentity), ct))
            .ToHttp(t, r => Results.Ok(new
            {
                monthlyTotal = r.MonthlyTotal.Yuan,
                basicPension = r.BasicPension.Yuan,
                accountPension = r.AccountPension.Yuan,
                accountBalanceAt60 = r.AccountBalanceAt60.Yuan,
                breakdown = new
                {
                    age60Date = r.Age60Date,
                    totalYears = r.TotalYears,
                    eligible = r.Eligible,
                    divisor = r.Divisor,
                    balanceParts = r.BalanceParts.Select(p => new PartResponse(p.Label, p.Amount.Yuan, p.ToConfirm)),
                    basicParts = r.BasicParts.Select(p => new PartResponse(p.Label, p.Amount.Yuan, p.ToConfirm)),
                    years = r.Years.Select(y => new { y.Year, personal = y.Personal.Yuan, subsidy = y.Subsidy.Yuan, governmentPaid = y.GovernmentPaid.Yuan, y.Rate, y.RateProjected, interest = y.Interest.Yuan, closingBalance = y.ClosingBalance.Yuan, y.BackPayment }),
                    notes = r.Notes,
                    parameters = Used(r.Parameters),
                },
            })))
            .WithSummary("城居保 estimate (A1-13)");

        group.MapPost("/employee-pension", async (EmployeePensionRequest body, EstimateEmployeePensionHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(new EmployeePensionQuery(body.BirthMonth, body.Group, body.PaidYears, body.AverageIndex, body.YearlyBases, body.DeemedYears,
                body.AccountBalance, body.WageGrowth, body.RetirementMonth, body.ContinueContributing), ct))
            .ToHttp(t, r => Results.Ok(new
            {
                monthlyTotal = r.MonthlyTotal.Yuan,
                basicPension = r.BasicPension.Yuan,
                accountPension = r.AccountPension.Yuan,
                transitionalPension = r.TransitionalPension.Yuan,
                breakdown = new
                {
                    retirementMonth = r.RetirementMonth.ToString(),
                    age = new { years = r.AgeYears, months = r.AgeExtraMonths },
                    averageIndex = r.AverageIndex,
                    contributionYears = r.ContributionYears,
                    deemedYears = r.DeemedYears,
                    jifaBase = r.JifaBase.Yuan,
                    jifaProjected = r.JifaProjected,
                    accountBalanceAtRetirement = r.AccountBalanceAtRetirement.Yuan,
                    divisor = r.Divisor,
                    divisorInterpolated = r.DivisorInterpolated,
                    minimumContributionMonths = r.MinimumContributionMonths,
                    meetsMinimum = r.MeetsMinimum,
                    steps = r.Steps.Select(s => new { s.Name, s.Formula, result = s.Result.Yuan }),
                    notes = r.Notes,
                    parameters = Used(r.Parameters),
                },
            })))
            .WithSummary("企业职工基本养老金 estimate (A2-09)");
    }

    private static IEnumerable<ParameterUsed> Used(IReadOnlyList<UsedParameter> used) =>
        used.Select(p => new ParameterUsed(p.Id, p.Code, p.Name, p.RegionCode, p.ValidFrom, p.ValidTo, p.Value, p.Unit, p.Confidence, p.ToConfirm, p.SourceDoc));
}
