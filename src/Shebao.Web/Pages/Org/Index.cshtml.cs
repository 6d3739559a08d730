using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shebao.Core.Modules.Organisations;

namespace Shebao.Web.Pages.Org;

public sealed class OrgIndexModel(ListOrgUnitsHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Closed { get; set; }

    public IReadOnlyList<OrgUnitView> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Units = await handler.HandleAsync(Closed, ct);
}
