using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Calculators;

namespace Shebao.Web.Pages.Calculators;

public sealed class RetirementAgeModel(CalculateRetirementAgeHandler handler, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string? BirthMonth { get; set; }
    [BindProperty] public string? Group { get; set; } = RetirementGroups.Male;

    public RetirementAgeResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        var result = await handler.HandleAsync(new RetirementAgeQuery(BirthMonth, Group), ct);
        if (result.IsSuccess) Result = result.Value;
        else ModelState.AddErrors(result, t);
    }
}
