using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Platform.Results;

namespace Shebao.Web.Pages.Audit;

/// <summary>The auditor's view of the trail. Filters are in the query string: they hold no citizen data.</summary>
public sealed class AuditIndexModel(SearchAuditHandler search, VerifyAuditChainHandler verify, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? ObjectId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Result { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Paged<AuditRow>? Rows { get; private set; }
    public AuditChainReport? Chain { get; private set; }

    /// <summary>The latest bulk-access alerts (异常查询告警), shown above the trail whatever the filters.</summary>
    public Paged<AuditRow>? Alerts { get; private set; }

    public string AlertsUrl => Url.Page("/Audit/Index", new { Action = BulkAccessMonitor.AlertAction })!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostVerifyAsync(CancellationToken ct)
    {
        Chain = await verify.HandleAsync(ct);
        await LoadAsync(ct);
    }

    public string PageUrl(int page) =>
        Url.Page("/Audit/Index", new { From = From?.ToString("yyyy-MM-dd"), To = To?.ToString("yyyy-MM-dd"), UserName, Action, ObjectId, Result, p = page })!;

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await search.HandleAsync(new SearchAuditQuery(From, To, UserName, Action, ObjectId, Result, Math.Max(PageNumber, 1), 50), ct);
        if (result.IsSuccess) Rows = result.Value;
        else ModelState.AddErrors(result, t);
        var alerts = await search.HandleAsync(new SearchAuditQuery(null, null, null, BulkAccessMonitor.AlertAction, null, null, 1, 10), ct);
        if (alerts.IsSuccess) Alerts = alerts.Value;
    }
}
