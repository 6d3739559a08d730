using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Calculators;

/// <summary>With <see cref="PersonId"/> (staff only), birth date and special identity come from the registry.</summary>
public sealed record ResidentPensionQuery(DateOnly? BirthDate, int? YearsPaid, decimal? CurrentBalance, decimal? PlannedGrade, int? PlannedYears, string? SpecialIdentity, Guid? PersonId = null);

public sealed class EstimateResidentPensionHandler(ParameterStore store, AppDbContext db, CurrentScope scope, TimeProvider clock)
{
    public async Task<Result<ResidentPensionResult>> HandleAsync(ResidentPensionQuery q, CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        var birthDate = q.BirthDate;
        var identity = string.IsNullOrWhiteSpace(q.SpecialIdentity) ? SpecialIdentities.Ordinary : q.SpecialIdentity.Trim();
        if (q.PersonId is { } personId)
        {
            var person = await db.Persons.AsNoTracking().VisibleTo(await scope.GetAsync(ct)).Where(p => p.Id == personId)
                .Select(p => new { p.BirthDate, p.SpecialIdentity }).SingleOrDefaultAsync(ct);
            if (person is null) return Result<ResidentPensionResult>.From(Result.NotFound());
            birthDate = person.BirthDate;
            identity = person.SpecialIdentity;
        }

        var parameters = new ParameterReader(await store.LoadAsync(ct));
        var errors = new FieldErrors();
        if (birthDate is null) errors.Add("birthDate", "请填写出生日期");
        else if (birthDate > today) errors.Add("birthDate", "出生日期不能晚于今天");
        else if (birthDate.Value.AddYears(16) > today) errors.Add("birthDate", "未满16周岁，不能参加城乡居民养老保险");
        else if (birthDate.Value.Year < today.Year - 110) errors.Add("birthDate", "出生日期过早，请核对");
        CalculatorInput.Range(q.YearsPaid, 0, 45, "yearsPaid", "已缴费年限", errors);
        CalculatorInput.Range(q.CurrentBalance, 0, 10_000_000, "currentBalance", "个人账户余额（元）", errors);
        CalculatorInput.Range(q.PlannedYears, 0, 45, "plannedYears", "计划缴费年限", errors);
        if (!SpecialIdentities.Labels.ContainsKey(identity)) errors.Add("specialIdentity", "参保身份代码无效");
        var grades = ResidentPension.Grades(parameters, today);
        if (q.PlannedGrade is null) errors.Add("plannedGrade", "请选择缴费档次");
        else if (!grades.Contains(q.PlannedGrade.Value)) errors.Add("plannedGrade", $"缴费档次只能是：{string.Join("、", grades.Select(g => g.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))}元/年");
        if (!errors.Any)
        {
            var max = ResidentPension.MaxPlannedYears(birthDate!.Value, q.YearsPaid!.Value, today);
            if (q.PlannedYears > max) errors.Add("plannedYears", $"计划缴费年限最多{max}年（逐年缴费至60周岁；距60周岁不足15年的可补缴至累计15年）");
        }
        if (errors.Any) return Result<ResidentPensionResult>.From(errors.ToResult());

        try
        {
            return ResidentPension.Estimate(new ResidentPensionInput(birthDate!.Value, q.YearsPaid!.Value, q.CurrentBalance!.Value, q.PlannedGrade!.Value, q.PlannedYears!.Value, identity, today), parameters);
        }
        catch (MissingParameterException e)
        {
            return Result<ResidentPensionResult>.From(CalculatorInput.Missing(e, "birthDate"));
        }
    }
}
