using Shebao.Core.Modules.Parameters;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Calculators;

public sealed record RetirementAgeQuery(string? BirthMonth, string? Group);

public sealed class CalculateRetirementAgeHandler(ParameterStore store, TimeProvider clock)
{
    public async Task<Result<RetirementAgeResult>> HandleAsync(RetirementAgeQuery q, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var birth = CalculatorInput.BirthMonth(q.BirthMonth, clock.TodayInChina(), errors);
        CalculatorInput.Group(q.Group, errors);
        if (errors.Any) return Result<RetirementAgeResult>.From(errors.ToResult());
        return RetirementAge.Calculate(birth, q.Group!, new ParameterReader(await store.LoadAsync(ct)));
    }
}

/// <summary>Field rules shared by the three calculators, so the page and the API say the same thing.</summary>
internal static class CalculatorInput
{
    public static YearMonth BirthMonth(string? text, DateOnly today, FieldErrors errors, string field = "birthMonth")
    {
        if (string.IsNullOrWhiteSpace(text)) { errors.Add(field, "请填写出生年月（如 1965-05）"); return default; }
        if (!YearMonth.TryParse(text.Trim(), out var month)) { errors.Add(field, "出生年月格式应为“年-月”，如 1965-05"); return default; }
        if (month > YearMonth.Of(today)) errors.Add(field, "出生年月不能晚于本月");
        else if (month.Year < today.Year - 110) errors.Add(field, "出生年月过早，请核对");
        return month;
    }

    public static void Group(string? group, FieldErrors errors)
    {
        if (group is null || !RetirementGroups.All.Contains(group)) errors.Add("group", "请选择人员类别：male、female-55 或 female-50");
    }

    /// <summary>A value the calculation needs is not in the parameter store for that date: say which, never a 500.</summary>
    public static Result Missing(MissingParameterException e, string field) =>
        Result.Invalid(field, $"缺少{e.Date:yyyy年M月d日}适用的参数{e.Code}，无法测算；请联系区级管理员补录");

    public static void Range(decimal? value, decimal min, decimal max, string field, string label, FieldErrors errors, bool required = true)
    {
        if (value is null) { if (required) errors.Add(field, $"请填写{label}"); return; }
        if (value < min || value > max) errors.Add(field, $"{label}应在{min:0.##}到{max:0.##}之间");
    }
}
