using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Printing;

namespace Shebao.Web.Pages.Calculators;

public sealed class EmployeeModel(EstimateEmployeePensionHandler estimate, PrintEmployeeEstimateHandler print, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string? BirthMonth { get; set; }
    [BindProperty] public string? Group { get; set; } = RetirementGroups.Male;
    [BindProperty] public decimal? PaidYears { get; set; } = 15;
    [BindProperty] public decimal? AverageIndex { get; set; } = 1.0m;
    [BindProperty] public decimal? DeemedYears { get; set; } = 0;
    [BindProperty] public decimal? AccountBalance { get; set; } = 0;
    [BindProperty] public decimal? WageGrowthPercent { get; set; } = 3;
    [BindProperty] public string? RetirementMonth { get; set; }
    [BindProperty] public bool ContinueContributing { get; set; } = true;
    [BindProperty] public string? YearlyBasesText { get; set; }

    public EmployeePensionResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        if (Query() is not { } query) return;
        var result = await estimate.HandleAsync(query, ct);
        if (result.IsSuccess) Result = result.Value;
        else ModelState.AddErrors(result, t);
    }

    public async Task<IActionResult> OnPostPdfAsync(CancellationToken ct)
    {
        if (Query() is not { } query) return Page();
        var result = await print.HandleAsync(query, ct);
        if (result.IsSuccess) return File(result.Value!.Content, "application/pdf", result.Value.FileName);
        ModelState.AddErrors(result, t);
        return Page();
    }

    private EmployeePensionQuery? Query()
    {
        if (!ModelState.IsValid) return null;
        var bases = new List<YearlyBase>();
        var lines = (YearlyBasesText ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split([' ', '\t', ',', '，', ':', '：'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year)
                && decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var monthly))
                bases.Add(new YearlyBase(year, monthly));
            else
                ModelState.AddModelError(nameof(YearlyBasesText), string.Format(CultureInfo.InvariantCulture, t["逐年缴费基数第{0}行格式应为“年度 月缴费基数”，如 2022 6500"], i + 1));
        }
        if (!ModelState.IsValid) return null;
        return new EmployeePensionQuery(BirthMonth, Group, PaidYears, AverageIndex, bases, DeemedYears, AccountBalance,
            WageGrowthPercent is { } g ? g / 100m : null, RetirementMonth, ContinueContributing);
    }
}
