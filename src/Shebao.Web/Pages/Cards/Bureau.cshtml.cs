using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Cards;
using Shebao.Core.Platform.Results;

namespace Shebao.Web.Pages.Cards;

/// <summary>Card-bureau exchange: export the pending applications, import the production results (all or nothing).</summary>
[RequestSizeLimit(5 * 1024 * 1024)]
public sealed class CardBureauModel(ExportCardBatchHandler export, ImportCardResultsHandler import, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<string> ImportErrors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken ct)
    {
        var result = await export.HandleAsync(ct);
        if (result.Kind == ResultKind.Forbidden) return Forbid();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result, t);
            return Page();
        }
        return File(result.Value!.Content, "text/csv; charset=utf-8", result.Value.FileName);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? upload, CancellationToken ct)
    {
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError("", t["请选择制卡结果文件"]);
            return Page();
        }
        using var reader = new StreamReader(upload.OpenReadStream());
        var result = await import.HandleAsync(await reader.ReadToEndAsync(ct), ct);
        if (result.Kind == ResultKind.Forbidden) return Forbid();
        if (!result.IsSuccess)
        {
            ImportErrors = result.Errors.TryGetValue("file", out var lines) ? lines : [result.Message ?? ""];
            return Page();
        }
        TempData["Flash"] = string.Format(t["制卡结果已导入：制成 {0} 张，制卡失败 {1} 张"].Value, result.Value!.Ready, result.Value.Failed);
        return RedirectToPage("/Cards/Bureau");
    }
}
