using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Platform.Results;

namespace Shebao.Web.Pages.Cases;

/// <summary>The worklist: returned cases first, then the nearest deadline. Filters hold no personal data, so GET is fine.</summary>
public sealed class CasesIndexModel(ListCasesHandler handler, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? ItemCode { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Paged<CaseListItem>? Rows { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var status = string.IsNullOrEmpty(Status) ? null : Status;
        var result = await handler.HandleAsync(new ListCasesQuery(status, ItemCode, null, Overdue, Math.Max(PageNumber, 1), 30), ct);
        if (result.IsSuccess) Rows = result.Value;
        else ModelState.AddErrors(result, t);
    }

    public string PageUrl(int page) => Url.Page("/Cases/Index", new { Status, ItemCode, Overdue, p = page })!;
}
