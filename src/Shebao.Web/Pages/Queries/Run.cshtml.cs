using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Queries;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Web.Api;

namespace Shebao.Web.Pages.Queries;

/// <summary>
/// Any query item: its parameters (POSTed, never in the URL), the result as a paged table with totals or as a sheet,
/// and the print (PDF proof) and Excel buttons. After a query the page does not echo the ID number: the parameters
/// travel on as a <see cref="Token"/> protected with ASP.NET Data Protection (readable only by this server, for 30 minutes).
/// </summary>
public sealed class QueriesRunModel(QueryCatalogue catalogue, ServiceCatalogue services, RunQueryHandler run, ExportQueryHandler export, Shebao.Core.Modules.Printing.PrintQueryHandler print,
    IDataProtectionProvider protection, IStringLocalizer<SharedResource> t) : PageModel
{
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(30);

    public const int PageSize = 20;
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BindProperty(SupportsGet = true)] public string? Item { get; set; }
    [BindProperty] public string? IdNumber { get; set; }
    [BindProperty] public string? CreditCode { get; set; }
    [BindProperty] public string? ProjectCode { get; set; }
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? To { get; set; }
    [BindProperty] public int PageNo { get; set; } = 1;
    [BindProperty] public string? Token { get; set; }

    public QueryItemList.Entry? Entry { get; private set; }
    public QueryResult? Result { get; private set; }
    public int Pages => Result is null ? 0 : Math.Max(1, (Result.Rows.Count + PageSize - 1) / PageSize);
    public IEnumerable<IReadOnlyDictionary<string, string>> PageRows => Result?.Rows.Skip((PageNo - 1) * PageSize).Take(PageSize) ?? [];

    public IActionResult OnGet() => Load() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Load()) return NotFound();
        var parameters = Parameters();
        var result = await run.HandleAsync(Entry!.ItemCode, parameters, ct);
        if (!result.IsSuccess) { ModelState.AddErrors(result, t); return Page(); }
        Result = result.Value;
        Keep(parameters);
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

    public async Task<IActionResult> OnPostPdfAsync(CancellationToken ct)
    {
        if (!Load()) return NotFound();
        var result = await print.HandleAsync(Entry!.ItemCode, Parameters(), ct);
        if (!result.IsSuccess) { ModelState.AddErrors(result, t); return Page(); }
        Response.Headers["X-Proof-Number"] = result.Value!.ProofNumber;
        // Inline: the browser opens its PDF viewer, from which the clerk prints.
        Response.Headers.ContentDisposition = $"inline; filename=\"{result.Value.FileName}\"";
        return File(result.Value.Content, "application/pdf");
    }

    /// <summary>What was typed, or, when the fields were left as the result page shows them, what the token carries.</summary>
    private QueryParameters Parameters()
    {
        var typed = new QueryParameters(IdNumber, CreditCode, ProjectCode, From, To);
        if (!string.IsNullOrWhiteSpace(IdNumber) || !string.IsNullOrWhiteSpace(CreditCode) || !string.IsNullOrWhiteSpace(ProjectCode) || string.IsNullOrEmpty(Token)) return typed;
        try
        {
            var kept = JsonSerializer.Deserialize<QueryParameters>(Protector().Unprotect(Token))!;
            return kept with { From = From ?? kept.From, To = To ?? kept.To };
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return typed; // expired or altered: the clerk types the number again and gets the usual field error meanwhile
        }
    }

    /// <summary>The result page keeps the parameters only as a protected token; the identifier inputs are left empty.</summary>
    private void Keep(QueryParameters parameters)
    {
        Token = Protector().Protect(JsonSerializer.Serialize(parameters), TokenLifetime);
        (IdNumber, CreditCode, ProjectCode, From, To) = (null, null, null, parameters.From, parameters.To);
        foreach (var key in new[] { nameof(IdNumber), nameof(CreditCode), nameof(ProjectCode) }) ModelState.Remove(key);
    }

    private ITimeLimitedDataProtector Protector() => protection.CreateProtector("Shebao.Queries.Run").ToTimeLimitedDataProtector();

    private bool Load()
    {
        Entry = QueryItemList.From(catalogue, services).FirstOrDefault(e => e.ItemCode == Item);
        return Entry is not null;
    }
}
