using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Certification;

namespace Shebao.Web.Pages.Certifications;

/// <summary>The centres' beneficiary lists and civil-affairs death records, as CSV; a bad line and nothing is applied.</summary>
[RequestSizeLimit(6 * 1024 * 1024)]
public sealed class ImportModel(ImportBeneficiariesHandler beneficiaries, ImportDeathRecordsHandler deaths, IStringLocalizer<SharedResource> t) : PageModel
{
    private const long MaxBytes = 5 * 1024 * 1024;

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Source { get; set; }

    public BeneficiaryImportReport? ListReport { get; private set; }
    public DeathImportReport? DeathReport { get; private set; }
    public IReadOnlyList<ImportLineError> LineErrors => ListReport?.Errors ?? DeathReport?.Errors ?? [];

    public void OnGet()
    {
    }

    public async Task OnPostListAsync(CancellationToken ct)
    {
        if (await ReaderAsync() is not { } reader) return;
        using (reader)
        {
            var result = await beneficiaries.HandleAsync(reader, ct);
            if (result.IsSuccess) ListReport = result.Value;
            else ModelState.AddErrors(result, t);
        }
    }

    public async Task OnPostDeathsAsync(CancellationToken ct)
    {
        if (await ReaderAsync() is not { } reader) return;
        using (reader)
        {
            var result = await deaths.HandleAsync(reader, string.IsNullOrWhiteSpace(Source) ? null : Source, ct);
            if (result.IsSuccess) DeathReport = result.Value;
            else ModelState.AddErrors(result, t);
        }
    }

    private Task<StreamReader?> ReaderAsync()
    {
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), t["请选择CSV文件"]);
        else if (Upload.Length > MaxBytes) ModelState.AddModelError(nameof(Upload), t["文件不能超过5MB"]);
        return Task.FromResult(ModelState.IsValid ? new StreamReader(Upload!.OpenReadStream(), System.Text.Encoding.UTF8) : null);
    }
}
