using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Queries;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Web.Api;

namespace Shebao.Web.Pages.Queries;

/// <summary>
/// Any query item: its parameters (POSTed, never in the URL), the result as a paged table with totals or as a sheet,
/// and the print (PDF proof) and Excel buttons, which POST the same parameters.
/// </summary>
[Authorize(Policy = Security.Policies.CaseWork)]
public sealed class QueriesRunModel(QueryCatalogue catalogue, ServiceCatalogue services, RunQueryHandler run, ExportQueryHandler export, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int PageSize = 20;
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BindProperty(SupportsGet = true)] public string? Item { get; set; }
    [BindProperty] public string? IdNumber { get; set; }
    [BindProperty] public string? CreditCode { get; set; }
    [BindProperty] public string? ProjectCode { get; set; }
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? To { get; set; }
    [BindProperty] public int PageNo { get; set; } = 1;

    public QueryItemList.Entry? Entry { get; private set; }
    public QueryResult? Result { get; private set; }
    public int Pages => Result is null ? 0 : Math.Max(1, (Result.Rows.Count + PageSize - 1) / PageSize);
    public IEnumerable<IReadOnlyDictionary<string, string>> PageRows => Result?.Rows.Skip((PageNo - 1) * PageSize).Take(PageSize) ?? [];

    public IActionResult OnGet() => Load() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Load()) return NotFound();
        var result = await run.HandleAsync(Entry!.ItemCode, Parameters(), ct);
        if (!result.IsSuccess) { ModelState.AddErrors(result, t); return Page(); }
        Result = result.Value;
        PageNo = Math.Clamp(PageNo, 1, Pages);
        return Page();
    }

    public async Task<IActionResult> OnPostXlsxAsync(CancellationToken ct)
    {
        if (!Load()) return NotFound();
        var result = await export.HandleAsync(Entry!.ItemCode, Parameters(), ct);
        if (!result.IsSuccess) { ModelState.AddErrors(result, t); return Page(); }
        return File(result.Value!.Content, XlsxType, result.Value.FileName);
    }

    /// <summary>How a stored value reads on screen (thousands separators, percentages).</summary>
    public static string Show(QueryColumn column, string? value) =>
        FieldValues.Display(Enum.TryParse<FieldType>(column.Type, out var type) ? type : FieldType.Text, value);

    public static bool IsAmount(QueryColumn column) => column.Type is nameof(FieldType.Money) or nameof(FieldType.Decimal) or nameof(FieldType.Integer) or nameof(FieldType.Percent);

    private QueryParameters Parameters() => new(IdNumber, CreditCode, ProjectCode, From, To);

    private bool Load()
    {
        Entry = QueryItemList.From(catalogue, services).FirstOrDefault(e => e.ItemCode == Item);
        return Entry is not null;
    }
}
