using Shebao.Core.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Queries;

namespace Shebao.Web.Pages.Queries;

/// <summary>数据导入: a centre loads its core system's export; the report lists every bad line, and a bad file changes nothing.</summary>
[RequestSizeLimit(Api.ImportLimits.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Api.ImportLimits.MaxBytes)]
public sealed class QueriesImportModel(QueryCatalogue catalogue, ImportDatasetHandler import, ICurrentUser user, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string? Dataset { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<DatasetDefinition> Datasets { get; private set; } = [];
    public DatasetImportReport? Report { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnGetTemplate(string code)
    {
        if (catalogue.Dataset(code) is not { } d || catalogue.IsPlatformDataset(code)) return NotFound();
        return File(ImportFile.TemplateCsv(d), "text/csv", $"{d.Code}.csv");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Load();
        if (Upload is null || Upload.Length == 0) { ModelState.AddModelError(nameof(Upload), t["请选择要导入的 CSV 或 Excel 文件"]); return Page(); }
        await using var stream = Upload.OpenReadStream();
        var result = await import.HandleAsync(Dataset ?? "", stream, Upload.FileName, ct);
        if (!result.IsSuccess) { ModelState.AddErrors(result, t, nameof(Upload)); return Page(); }
        Report = result.Value;
        return Page();
    }

    private void Load()
    {
        Datasets = catalogue.ImportableBy(user).ToList();
    }
}
