using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Results;

namespace Shebao.Web.Pages.Persons;

/// <summary>Search by POST only: an ID number or a name must never end up in a URL or an access log.</summary>
public sealed class PersonsIndexModel(SearchPersonsHandler handler, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string? IdNumber { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int PageNumber { get; set; } = 1;

    public Paged<PersonListItem>? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await handler.HandleAsync(new SearchPersonsQuery(IdNumber, Name, Math.Max(PageNumber, 1), 20), ct);
        if (!result.IsSuccess) ModelState.AddErrors(result, t);
        else Result = result.Value;
        return Page();
    }
}
