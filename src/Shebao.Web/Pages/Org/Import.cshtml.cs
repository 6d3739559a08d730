using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Organisations;

namespace Shebao.Web.Pages.Org;

[RequestSizeLimit(2 * 1024 * 1024)]
public sealed class OrgImportModel(ImportOrgUnitsHandler handler, IStringLocalizer<SharedResource> t) : PageModel
{
    private const long MaxBytes = 1024 * 1024;

    [BindProperty] public IFormFile? Upload { get; set; }

    public OrgImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), t["请选择CSV文件"]);
        else if (Upload.Length > MaxBytes) ModelState.AddModelError(nameof(Upload), t["文件不能超过1MB"]);
        if (!ModelState.IsValid) return Page();
        using var reader = new StreamReader(Upload!.OpenReadStream(), System.Text.Encoding.UTF8);
        var result = await handler.HandleAsync(reader, ct);
        if (!result.IsSuccess) ModelState.AddErrors(result, t);
        else Report = result.Value;
        return Page();
    }
}
