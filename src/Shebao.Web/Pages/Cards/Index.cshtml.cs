using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Cards;

namespace Shebao.Web.Pages.Cards;

/// <summary>The counter's first screen: the holder's ID number or the card number (POST only, never in a URL); one valid card opens at once.</summary>
public sealed class CardsIndexModel(SearchCardsHandler search, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string? Query { get; set; }

    public IReadOnlyList<CardView>? Cards { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var q = Query?.Trim() ?? "";
        var byCard = q.Length == 9;
        var result = await search.HandleAsync(new SearchCardsQuery(byCard ? null : q, byCard ? q : null, null), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result, t, "Query");
            foreach (var key in ModelState.Keys.Where(k => k != "Query").ToList())
            {
                foreach (var e in ModelState[key]!.Errors) ModelState.AddModelError(nameof(Query), e.ErrorMessage);
                ModelState.Remove(key);
            }
            return Page();
        }
        Cards = result.Value;
        var valid = Cards!.Where(c => CardStatuses.IsValid(c.Status)).ToList();
        if (valid.Count == 1) return RedirectToPage("/Cards/Card", new { id = valid[0].Id });
        return Page();
    }
}
