using Shebao.Core.Platform.Security;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Data;
using Shebao.Web.Security;

namespace Shebao.Web.Pages;

/// <summary>Role-aware home: where the user sits in the district and what they can do.</summary>
public sealed class IndexModel(AppDbContext db, CurrentScope scope, ServiceCatalogue catalogue, IStringLocalizer<SharedResource> t) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<string> Lineage { get; private set; } = [];
    public IReadOnlyList<string> RoleLabels { get; private set; } = [];
    public bool SeesPersons { get; private set; }
    public int PersonCount { get; private set; }
    public IReadOnlyList<ServiceItem> CentreItems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        DisplayName = User.FindFirstValue(ShebaoClaims.DisplayName) ?? "";
        RoleLabels = User.FindAll(ClaimTypes.Role).Select(r => t[RoleNames.Label(r.Value)].Value).ToList();
        if (await scope.UnitAsync(ct) is { } unit)
        {
            var codes = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var names = await db.OrgUnits.AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
            Lineage = codes.Select(c => names.GetValueOrDefault(c, c)).ToList();
            if (unit.Kind == OrgKinds.Centre)
                CentreItems = catalogue.Items.Where(i => Departments.CentreCode(i.Department) == unit.Code).ToList();
        }
        SeesPersons = User.IsInRole(RoleNames.VillageClerk) || User.IsInRole(RoleNames.TownshipClerk) || User.IsInRole(RoleNames.DistrictReviewer);
        if (SeesPersons) PersonCount = await db.Persons.AsNoTracking().VisibleTo(await scope.GetAsync(ct)).CountAsync(ct);
    }
}
