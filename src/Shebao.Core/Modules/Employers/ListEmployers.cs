using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Employers;

public sealed record ListEmployersQuery(string? Q, int Page = 1, int PageSize = 20);

public sealed record EmployerListItem(Guid Id, string UnitCode, string CreditCode, string Name, string OrgUnitCode, string OrgUnitName, int Insured);

/// <summary>Employers registered in the caller's area; q matches name, credit code or 单位编号.</summary>
public sealed class ListEmployersHandler(AppDbContext db, CurrentScope currentScope)
{
    public const int MaxPageSize = 200;

    public async Task<Result<Paged<EmployerListItem>>> HandleAsync(ListEmployersQuery query, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var q = query.Q?.Trim() ?? "";
        if (q.Length > 50) errors.Add("q", "查询内容最多50个字");
        if (query.Page < 1) errors.Add("page", "页码从1开始");
        if (query.PageSize is < 1 or > MaxPageSize) errors.Add("pageSize", $"每页条数应在1到{MaxPageSize}之间");
        if (errors.Any) return Result<Paged<EmployerListItem>>.From(errors.ToResult());

        var scope = await currentScope.GetAsync(ct);
        var employers = db.Set<Employer>().AsNoTracking().VisibleTo(scope);
        if (q.Length > 0)
        {
            var upper = q.ToUpperInvariant();
            employers = employers.Where(e => e.Name.Contains(q) || e.CreditCode == upper || e.UnitCode == q);
        }
        var total = await employers.CountAsync(ct);
        var rows = await employers.OrderBy(e => e.Name).ThenBy(e => e.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Join(db.OrgUnits, e => e.OrgUnitCode, o => o.Code, (e, o) => new EmployerListItem(e.Id, e.UnitCode, e.CreditCode, e.Name, e.OrgUnitCode, o.Name,
                db.Set<EmployerRollEntry>().Count(r => r.EmployerId == e.Id && r.Status == RollStatuses.Active)))
            .ToListAsync(ct);
        return new Paged<EmployerListItem>(rows, total, query.Page, query.PageSize);
    }
}
