using Shebao.Core.Modules.Parameters;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Calculators;

public sealed record EmployeePensionQuery(
    string? BirthMonth, string? Group, decimal? PaidYears, decimal? AverageIndex, IReadOnlyList<YearlyBase>? YearlyBases,
    decimal? DeemedYears, decimal? AccountBalance, decimal? WageGrowth, string? RetirementMonth, bool? ContinueContributing);

public sealed class EstimateEmployeePensionHandler(ParameterStore store, TimeProvider clock)
{
    public const decimal DefaultWageGrowth = 0.03m;

    public async Task<Result<EmployeePensionResult>> HandleAsync(EmployeePensionQuery q, CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        var parameters = new ParameterReader(await store.LoadAsync(ct));
        var errors = new FieldErrors();
        var birth = CalculatorInput.BirthMonth(q.BirthMonth, today, errors);
        CalculatorInput.Group(q.Group, errors);
        var bases = q.YearlyBases is { Count: > 0 } b ? b : null;
        if (bases is null)
        {
            CalculatorInput.Range(q.PaidYears, 0, 50, "paidYears", "实际缴费年限", errors);
            CalculatorInput.Range(q.AverageIndex, 0.6m, 3.0m, "averageIndex", "平均缴费指数", errors);
        }
        else
        {
            if (bases.Count > 50) errors.Add("yearlyBases", "逐年缴费基数最多50年");
            if (bases.Select(x => x.Year).Distinct().Count() != bases.Count) errors.Add("yearlyBases", "逐年缴费基数中有重复的年度");
            foreach (var x in bases)
            {
                if (x.MonthlyBase <= 0) errors.Add("yearlyBases", $"{x.Year}年缴费基数必须大于0");
                else if (parameters.TryRow("EMP.CONTRIB_AVG", new DateOnly(Math.Clamp(x.Year, 1, 9999), 7, 1)) is null)
                    errors.Add("yearlyBases", $"{x.Year}年没有已录入的全口径平均工资，无法计算该年缴费指数；请改用平均缴费指数");
            }
        }
        CalculatorInput.Range(q.DeemedYears ?? 0, 0, 40, "deemedYears", "视同缴费年限", errors);
        CalculatorInput.Range(q.AccountBalance, 0, 20_000_000, "accountBalance", "个人账户储存额（元）", errors);
        CalculatorInput.Range(q.WageGrowth ?? DefaultWageGrowth, -0.05m, 0.15m, "wageGrowth", "社平工资年增长率", errors);
        YearMonth? retirement = null;
        if (!string.IsNullOrWhiteSpace(q.RetirementMonth))
        {
            if (!YearMonth.TryParse(q.RetirementMonth.Trim(), out var r)) errors.Add("retirementMonth", "退休年月格式应为“年-月”，如 2030-06");
            else retirement = r;
        }
        if (errors.Any) return Result<EmployeePensionResult>.From(errors.ToResult());

        var statutory = RetirementAge.Calculate(birth, q.Group!, parameters);
        if (retirement is { } chosen && (chosen < statutory.EarliestRetirementMonth || chosen > statutory.LatestRetirementMonth))
            return Result<EmployeePensionResult>.From(Result.Invalid("retirementMonth",
                $"退休年月应在弹性退休范围内：{statutory.EarliestRetirementMonth}至{statutory.LatestRetirementMonth}（法定退休年月{statutory.RetirementMonth}）"));

        var first = parameters.FirstYear("EMP.JIFA_BASE");
        if ((retirement ?? statutory.RetirementMonth).Year < first)
            return Result<EmployeePensionResult>.From(Result.Invalid(retirement is null ? "birthMonth" : "retirementMonth",
                $"退休年份早于已录入计发基数的最早年份（{first}年），无法测算；已退休人员请查询养老待遇明细（A2-08）"));
        try
        {
            return EmployeePension.Estimate(new EmployeePensionInput(birth, q.Group!, q.PaidYears ?? 0, q.AverageIndex, bases,
                q.DeemedYears ?? 0, q.AccountBalance!.Value, q.WageGrowth ?? DefaultWageGrowth, retirement, q.ContinueContributing ?? true, today), parameters);
        }
        catch (MissingParameterException e)
        {
            return Result<EmployeePensionResult>.From(CalculatorInput.Missing(e, "retirementMonth"));
        }
    }
}
