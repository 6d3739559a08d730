using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shebao.Core.Modules.Employers;

namespace Shebao.Web.Pages.Employers;

public sealed class EmployerDetailModel(GetEmployerHandler handler) : PageModel
{
    public EmployerDetail? Employer { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, ct);
        if (!result.IsSuccess) return NotFound();
        Employer = result.Value;
        return Page();
    }
}
