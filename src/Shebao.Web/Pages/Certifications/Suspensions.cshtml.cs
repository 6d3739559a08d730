using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Certification;

namespace Shebao.Web.Pages.Certifications;

/// <summary>The monthly suggested suspensions: computed on opening (as of today), confirmed person by person by the centre.</summary>
public sealed class SuspensionsModel(SuggestSuspensionsHandler suggest, ConfirmSuspensionsHandler confirm, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Grace { get; set; } = SuggestSuspensionsHandler.DefaultGraceMonths;
    [BindProperty] public List<Guid> Selected { get; set; } = [];
    [BindProperty] public string? Remarks { get; set; }

    public IReadOnlyList<SuggestedSuspension>? Suggestions { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await confirm.HandleAsync(new ConfirmSuspensionsCommand(Selected, Grace, string.IsNullOrWhiteSpace(Remarks) ? null : Remarks.Trim()), ct);
        if (result.IsSuccess)
        {
            TempData["Flash"] = string.Format(t["已暂停 {0} 人的待遇（原因 1201 未认证）"].Value, result.Value!.Paused)
                + (result.Value.Skipped.Count > 0 ? "；" + string.Join("；", result.Value.Skipped) : "");
            return RedirectToPage("/Certifications/Suspensions", new { grace = Grace });
        }
        ModelState.AddErrors(result, t);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await suggest.HandleAsync(Grace, ct);
        if (result.IsSuccess) Suggestions = result.Value;
        else ModelState.AddErrors(result, t);
    }
}
