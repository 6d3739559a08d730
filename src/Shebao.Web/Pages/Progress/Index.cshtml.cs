using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Cases;

namespace Shebao.Web.Pages.Progress;

/// <summary>Public progress lookup; POST so the code never lands in a URL; guesses are rate-limited per address.</summary>
[EnableRateLimiting(ProgressModel.RateLimitPolicy)]
public sealed class ProgressModel(LookupProgressHandler handler, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string RateLimitPolicy = "progress-lookup";

    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Code { get; set; }

    public ProgressView? Progress { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        var result = await handler.HandleAsync(Number, Code, ct);
        if (result.IsSuccess) Progress = result.Value;
        else ModelState.AddModelError("", t["办件编号或进度查询码不正确"]);
    }
}
