using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Certification;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Results;
using Shebao.Web.Security;

namespace Shebao.Web.Pages.Certifications;

/// <summary>The due list per village and township (上门认证 planning), printable and exportable; filters hold no personal data.</summary>
public sealed class CertificationsIndexModel(ListDueHandler handler, ListOrgUnitsHandler orgUnits, StartCertificationCaseHandler start, IAuthorizationService authorization,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Bucket { get; set; }
    [BindProperty(SupportsGet = true)] public string? Scheme { get; set; }
    [BindProperty(SupportsGet = true)] public string? OrgUnitCode { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public DueList? List { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var result = await handler.HandleAsync(Query(), ct);
        if (result.IsSuccess) List = result.Value;
        else ModelState.AddErrors(result, t);
        if (await authorization.AllowsAsync(User, Policies.AcrossVillages))
        {
            var units = await orgUnits.HandleAsync(ct: ct);
            Units = units.Where(u => u.Kind is OrgKinds.Township or OrgKinds.Village).Select(u => (u.Code, u.Kind == OrgKinds.Village ? "　" + u.Name : u.Name)).ToList();
        }
    }

    /// <summary>办理认证: opens the row's A1-02/A1-14 case, filled in from the list, and goes to it (the clerk never types the ID number).</summary>
    public async Task<IActionResult> OnPostStartAsync(Guid beneficiary, string? idempotencyKey, CancellationToken ct)
    {
        if (!await authorization.AllowsAsync(User, Policies.CertificationVisit)) return Forbid();
        var result = await start.HandleAsync(new StartCertificationCaseCommand(beneficiary, idempotencyKey), ct);
        if (result.Kind == ResultKind.NotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result, t);
            await OnGetAsync(ct);
            return Page();
        }
        TempData["Flash"] = (result.Value!.Existing ? t["该人员已有未办结的认证办件，已为您打开"] : t["已受理认证办件，请核对申请表并上传认证照片"]).Value;
        return RedirectToPage("/Cases/Detail", new { id = result.Value.CaseId });
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        var result = await handler.ExportAsync(Query(), ct);
        if (!result.IsSuccess) return result.Kind == ResultKind.NotFound ? NotFound() : BadRequest();
        return File(result.Value!, Api.CertificationsApi.XlsxType, $"待认证人员-{List?.Month ?? DateTime.UtcNow.ToString("yyyyMM")}.xlsx");
    }

    private DueQuery Query() => new(Empty(OrgUnitCode), Empty(Scheme), Empty(Bucket), Math.Max(PageNumber, 1), 50);

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    public string Link(string? bucket, int page = 1, string? handlerName = null) =>
        Url.Page("/Certifications/Index", handlerName, new { bucket, Scheme, OrgUnitCode, p = page })!;
}
