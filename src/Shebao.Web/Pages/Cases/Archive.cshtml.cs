using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Printing;

namespace Shebao.Web.Pages.Cases;

/// <summary>归档台账 of the user's area and the printable 移交清单. Dates in the query string hold no personal data.</summary>
public sealed class ArchiveModel(ArchiveLedgerHandler ledger, PrintHandoverListHandler print, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<ArchiveLedgerRow>? Rows { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var result = await ledger.HandleAsync(new ArchiveLedgerQuery(From, To), ct);
        if (result.IsSuccess) Rows = result.Value;
        else ModelState.AddErrors(result, t);
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        var result = await print.HandleAsync(new ArchiveLedgerQuery(From, To), ct);
        if (result.IsSuccess) return File(result.Value!.Content, "application/pdf", result.Value.FileName);
        ModelState.AddErrors(result, t);
        return Page();
    }
}
