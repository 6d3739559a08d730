using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Platform.Clock;

namespace Shebao.Web.Pages.Cases;

/// <summary>Township supervision of its villages, the district overview, and the 定期核查 record.</summary>
public sealed class SupervisionModel(SupervisionHandler handler, RecordRegularCheckHandler record, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public SupervisionView? View { get; private set; }

    public string Today => clock.TodayInChina().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? orgUnitCode, DateOnly? checkedOn, string? findings, string? followUp, CancellationToken ct)
    {
        var result = await record.HandleAsync(new RecordCheckCommand(orgUnitCode, checkedOn, findings, followUp), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result, t);
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = t["核查记录已保存"].Value;
        return RedirectToPage("/Cases/Supervision");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await handler.HandleAsync(ct);
        if (result.IsSuccess) View = result.Value;
        else ModelState.AddErrors(result, t);
    }
}
