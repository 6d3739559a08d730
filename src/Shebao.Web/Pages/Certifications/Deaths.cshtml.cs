using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Certification;

namespace Shebao.Web.Pages.Certifications;

/// <summary>The village's suspected-death follow-up list: confirm alive, confirm deceased (benefit terminated), or open an A1-12 case for 城居保.</summary>
public sealed class DeathsModel(ListSuspectedDeathsHandler list, ResolveSuspectedDeathHandler resolve, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool All { get; set; }

    public IReadOnlyList<SuspectedDeathRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await list.HandleAsync(!All, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, string? outcome, string? remarks, CancellationToken ct)
    {
        var result = await resolve.HandleAsync(new ResolveSuspectedDeathCommand(id, outcome, remarks), ct);
        if (result.IsSuccess)
        {
            TempData["Flash"] = t["已记录核实结果"].Value;
            return RedirectToPage("/Certifications/Deaths");
        }
        if (result.Kind == Shebao.Core.Platform.Results.ResultKind.NotFound) return NotFound();
        ModelState.AddErrors(result, t);
        Rows = await list.HandleAsync(!All, ct);
        return Page();
    }
}
