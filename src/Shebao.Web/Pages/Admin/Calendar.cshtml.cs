using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Calendar;
using Shebao.Core.Platform.Clock;

namespace Shebao.Web.Pages.Admin;

/// <summary>The working-day calendar: one year's holidays and make-up workdays, one-date edits and CSV import.</summary>
[RequestSizeLimit(2 * 1024 * 1024)]
public sealed class AdminCalendarModel(ListCalendarHandler list, SaveCalendarDayHandler save, ImportCalendarHandler import, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    private const long MaxBytes = 1024 * 1024;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public CalendarYear? Calendar { get; private set; }
    public CalendarImportReport? Report { get; private set; }

    /// <summary>Which form was posted, so each shows only its own errors.</summary>
    public string? Posted { get; private set; }

    public int Today => clock.TodayInChina().Year;

    /// <summary>Years offered in the selector: those with rows, and last, this and next year (next year's schedule comes each November).</summary>
    public IEnumerable<int> Years => (Calendar?.YearsWithRows ?? []).Concat([Today - 1, Today, Today + 1, Year ?? Today]).Distinct().Order();

    public async Task OnGetAsync(DateOnly? edit, CancellationToken ct)
    {
        Year ??= edit?.Year;
        await LoadAsync(ct);
        // A row's "编辑" link fills the form with that row.
        if (edit is { } date && Calendar?.Days.FirstOrDefault(d => d.Date == date) is { } row)
            (Date, Kind, Name, Source) = (row.Date, row.Kind, row.Name, row.Source);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        Posted = "save";
        if (ModelState.IsValid)
        {
            var result = await save.HandleAsync(new SaveCalendarDayCommand(Date, Kind, Name, Source), ct);
            if (result.IsSuccess)
            {
                TempData["Flash"] = string.Format(t["已保存 {0} 的安排"].Value, Date!.Value.ToString("yyyy-MM-dd"));
                return RedirectToPage("/Admin/Calendar", new { year = Date.Value.Year });
            }
            ModelState.AddErrors(result, t);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        Posted = "import";
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), t["请选择CSV文件"]);
        else if (Upload.Length > MaxBytes) ModelState.AddModelError(nameof(Upload), t["文件不能超过1MB"]);
        if (ModelState.IsValid)
        {
            using var reader = new StreamReader(Upload!.OpenReadStream(), System.Text.Encoding.UTF8);
            var result = await import.HandleAsync(reader, ct);
            if (!result.IsSuccess) ModelState.AddErrors(result, t);
            else Report = result.Value;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Year ??= Today;
        var result = await list.HandleAsync(Year.Value, ct);
        if (result.IsSuccess) Calendar = result.Value;
        else ModelState.AddErrors(result, t);
    }
}
