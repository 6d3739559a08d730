using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Platform.Security;
using Shebao.Web.Security;

namespace Shebao.Web.Pages;

/// <summary>Role-aware home: where the user sits in the district and what they can do.</summary>
public sealed class IndexModel(GetHomeSummaryHandler home, IAuthorizationService authorization, IStringLocalizer<SharedResource> t) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<string> RoleLabels { get; private set; } = [];
    public bool SeesPersons { get; private set; }
    public HomeSummary Summary { get; private set; } = new([], [], 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        DisplayName = User.FindFirstValue(ShebaoClaims.DisplayName) ?? "";
        RoleLabels = User.FindAll(ClaimTypes.Role).Select(r => t[RoleNames.Label(r.Value)].Value).ToList();
        SeesPersons = await authorization.AllowsAsync(User, Policies.PersonData);
        Summary = (await home.HandleAsync(ct)).Value ?? Summary;
    }
}
