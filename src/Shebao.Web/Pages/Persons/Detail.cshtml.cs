using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Results;

namespace Shebao.Web.Pages.Persons;

public sealed class PersonDetailModel(GetPersonHandler getPerson, RevealPersonHandler reveal, IStringLocalizer<SharedResource> t) : PageModel
{
    public PersonDetail? Person { get; private set; }
    public RevealedIdentifiers? Revealed { get; private set; }

    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } notFound) return notFound;
        var result = await reveal.HandleAsync(new RevealPersonCommand(id, Reason), ct);
        if (result.Kind == ResultKind.NotFound) return NotFound();
        if (!result.IsSuccess) ModelState.AddErrors(result, t);
        else Revealed = result.Value;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var result = await getPerson.HandleAsync(id, ct);
        if (!result.IsSuccess) return NotFound();
        Person = result.Value;
        return null;
    }
}
