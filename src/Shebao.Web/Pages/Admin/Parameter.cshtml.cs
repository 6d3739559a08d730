using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Parameters;

namespace Shebao.Web.Pages.Admin;

public sealed class ParameterModel(ListParametersHandler list, SaveParameterVersionHandler save, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    [BindProperty] public string? RegionCode { get; set; }
    [BindProperty] public DateOnly? ValidFrom { get; set; }
    [BindProperty] public DateOnly? ValidTo { get; set; }
    [BindProperty] public string? Value { get; set; }
    [BindProperty] public string? SourceDoc { get; set; }
    [BindProperty] public bool Confirmed { get; set; }
    [BindProperty] public string? Note { get; set; }

    public IReadOnlyList<PolicyParameter> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var result = await save.HandleAsync(new SaveParameterVersionCommand(Code, RegionCode, ValidFrom, Value, SourceDoc, Confirmed, Note, ValidTo), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result, t);
            return Page();
        }
        TempData["Flash"] = string.Format(t["已保存 {0} 自 {1} 起的新版本"].Value, Code, ValidFrom!.Value.ToString("yyyy-MM-dd"));
        return RedirectToPage("/Admin/Parameter", new { code = Code });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        History = await list.HistoryAsync(Code, ct);
        return History.Count > 0;
    }
}
