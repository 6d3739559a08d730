using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cases;

/// <summary>Lineage: the names from the district down to the user's unit; CentreItems: the items a centre user's centre handles; PersonCount: 0 for roles that may not read persons.</summary>
public sealed record HomeSummary(IReadOnlyList<string> Lineage, IReadOnlyList<ServiceItem> CentreItems, int PersonCount);

/// <summary>The home page's facts: where the user sits in the district, their centre's items, and how many persons they reach.</summary>
public sealed class GetHomeSummaryHandler(CurrentScope scope, CountPersonsHandler persons, ServiceCatalogue catalogue)
{
    public async Task<Result<HomeSummary>> HandleAsync(CancellationToken ct = default)
    {
        var unit = await scope.UnitAsync(ct);
        IReadOnlyList<ServiceItem> centreItems = unit?.Kind == OrgKinds.Centre
            ? catalogue.Items.Where(i => Departments.CentreCode(i.Department) == unit.Code).ToList()
            : [];
        return new HomeSummary(await scope.LineageAsync(ct), centreItems, await persons.HandleAsync(ct));
    }
}
