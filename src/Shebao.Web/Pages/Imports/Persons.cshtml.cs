using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Persons;
using Shebao.Web.Hosting;

namespace Shebao.Web.Pages.Imports;

/// <summary>数据导入 › 人员名册: upload (a dry run first by default), then the import's progress, counts or line errors.</summary>
[RequestSizeLimit(Api.PersonImportApi.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Api.PersonImportApi.MaxBytes)]
public sealed class PersonsModel(PersonImports imports, GetPersonImportHandler get, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public bool DryRun { get; set; } = true;

    public PersonImportView? Import { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is null) return Page();
        var result = await get.HandleAsync(id.Value, ct);
        if (!result.IsSuccess) return NotFound();
        Import = result.Value;
        return Page();
    }

    public IActionResult OnGetTemplate() => File(PersonImportFile.TemplateCsv(), "text/csv", "persons.csv");

    /// <summary>What the progress bar polls.</summary>
    public async Task<IActionResult> OnGetStatusAsync(Guid id, CancellationToken ct) =>
        await get.HandleAsync(id, ct) is { IsSuccess: true, Value: { } v } ? new JsonResult(new { v.Status, v.Processed, v.Total, v.Finished }) : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) { ModelState.AddModelError(nameof(Upload), t["请选择要导入的 CSV 或 Excel 文件"]); return Page(); }
        await using var stream = Upload.OpenReadStream();
        return Show(await imports.StartAsync(stream, Upload.FileName, DryRun, null, ct));
    }

    public async Task<IActionResult> OnPostCommitAsync(Guid id, CancellationToken ct) => Show(await imports.StartAsync(null, null, false, id, ct));

    private IActionResult Show(Shebao.Core.Platform.Results.Result<PersonImportView> result)
    {
        if (result.IsSuccess) return RedirectToPage(new { id = result.Value!.Id });
        ModelState.AddErrors(result, t, nameof(Upload));
        return Page();
    }
}
