using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Persons;

public sealed record SearchPersonsQuery(string? IdNumber, string? Name, int Page = 1, int PageSize = 20);

/// <summary>A search hit: names and ID masked, as in every cross-area or search list.</summary>
public sealed record PersonListItem(Guid Id, string NameMasked, string IdNumberMasked, string Gender, int BirthYear, string VillageCode, string VillageName, string? GroupName);

/// <summary>Exact ID search through the blind index, or name-prefix search; always inside the caller's scope.</summary>
public sealed class SearchPersonsHandler(AppDbContext db, CurrentScope currentScope, ICryptoProvider crypto, AuditTrail audit)
{
    public const int MaxPageSize = 200;

    public async Task<Result<Paged<PersonListItem>>> HandleAsync(SearchPersonsQuery q, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var id = IdNumber.Normalize(q.IdNumber);
        var name = q.Name?.Trim() ?? "";
        if (id.Length == 0 && name.Length == 0) errors.Add("idNumber", "请输入公民身份号码或姓名");
        if (id.Length > 0 && IdNumber.Validate(id) is { } idError) errors.Add("idNumber", idError);
        if (name.Length > 30) errors.Add("name", "姓名最多30个字");
        if (q.Page < 1) errors.Add("page", "页码从1开始");
        if (q.PageSize is < 1 or > MaxPageSize) errors.Add("pageSize", $"每页条数应在1到{MaxPageSize}之间");
        if (errors.Any) return Result<Paged<PersonListItem>>.From(errors.ToResult());

        var scope = await currentScope.GetAsync(ct);
        var persons = db.Persons.AsNoTracking().VisibleTo(scope);
        var index = id.Length > 0 ? PersonLookup.BlindIndex(crypto, id) : "";
        persons = id.Length > 0
            ? persons.Where(p => p.IdNumberIndex == index)
            : persons.Where(p => p.Name.StartsWith(name));

        var total = await persons.CountAsync(ct);
        var rows = await persons.OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .Join(db.OrgUnits, p => p.VillageCode, o => o.Code, (p, o) => new { p.Id, p.Name, p.IdNumberMasked, p.Gender, p.BirthDate, p.VillageCode, VillageName = o.Name, p.GroupName })
            .ToListAsync(ct);

        // Searching is an access to personal data: who looked, how (never the value), how many hits.
        audit.Record("person.search", "person", null, fields: [id.Length > 0 ? "idNumber" : "name"], reason: $"hits={total}");
        await db.SaveChangesAsync(ct);

        var items = rows.Select(r => new PersonListItem(r.Id, Masking.Name(r.Name), r.IdNumberMasked, Modules.Persons.Gender.Label(r.Gender), r.BirthDate.Year, r.VillageCode, r.VillageName, r.GroupName)).ToList();
        return new Paged<PersonListItem>(items, total, q.Page, q.PageSize);
    }
}
