using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Employers;
using Shebao.Core.Platform.Results;

namespace Shebao.Web.Pages.Employers;

/// <summary>Employers of the clerk's area; the query (a name or a credit code) is not personal data.</summary>
public sealed class EmployersIndexModel(ListEmployersHandler handler, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public Paged<EmployerListItem>? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var result = await handler.HandleAsync(new ListEmployersQuery(Q, Math.Max(PageNumber, 1), 20), ct);
        if (!result.IsSuccess) ModelState.AddErrors(result, t);
        else Result = result.Value;
    }
}
