using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cases;

/// <summary>CountPersons is false for roles that may not read persons, so the home page never counts for them.</summary>
public sealed record HomeSummaryQuery(bool CountPersons);

/// <summary>Lineage: the names from the district down to the user's unit; CentreItems: the items a centre user's centre handles.</summary>
public sealed record HomeSummary(IReadOnlyList<string> Lineage, IReadOnlyList<ServiceItem> CentreItems, int PersonCount);

/// <summary>The home page's facts: where the user sits in the district, their centre's items, and how many persons they reach.</summary>
public sealed class GetHomeSummaryHandler(AppDbContext db, CurrentScope scope, ServiceCatalogue catalogue)
{
    public async Task<Result<HomeSummary>> HandleAsync(HomeSummaryQuery query, CancellationToken ct = default)
    {
        IReadOnlyList<string> lineage = [];
        IReadOnlyList<ServiceItem> centreItems = [];
        if (await scope.UnitAsync(ct) is { } unit)
        {
            var codes = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var names = await db.OrgUnits.AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
            lineage = codes.Select(c => names.GetValueOrDefault(c, c)).ToList();
            if (unit.Kind == OrgKinds.Centre)
                centreItems = catalogue.Items.Where(i => Departments.CentreCode(i.Department) == unit.Code).ToList();
        }
        var persons = query.CountPersons ? await db.Persons.AsNoTracking().VisibleTo(await scope.GetAsync(ct)).CountAsync(ct) : 0;
        return new HomeSummary(lineage, centreItems, persons);
    }
}
