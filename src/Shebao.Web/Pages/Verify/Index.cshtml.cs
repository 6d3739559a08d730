using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Shebao.Core.Modules.Proofs;

namespace Shebao.Web.Pages.Verify;

/// <summary>
/// Public proof check (证明核验). Opened from the QR code (<c>?no=&amp;code=</c>) it checks at once; otherwise the
/// form posts number and code. Same handler, same rate limit per address as the API.
/// </summary>
[EnableRateLimiting(Api.ProofsApi.RateLimitPolicy)]
public sealed class VerifyModel(VerifyProofHandler handler) : PageModel
{
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Code { get; set; }

    public ProofVerification? Result { get; private set; }

    public async Task OnGetAsync([FromQuery] string? no, [FromQuery] string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(no) && string.IsNullOrWhiteSpace(code)) return;
        Number = no;
        Result = await handler.HandleAsync(no, code, ct);
    }

    public async Task OnPostAsync(CancellationToken ct) => Result = await handler.HandleAsync(Number, Code, ct);

    public static string Day(DateTime? utc) => utc?.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
