using Microsoft.AspNetCore.Mvc.RazorPages;
using Shebao.Core.Modules.Parameters;

namespace Shebao.Web.Pages.Admin;

public sealed class ParametersModel(ListParametersHandler handler) : PageModel
{
    public IReadOnlyList<ParameterSummary> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await handler.HandleAsync(ct);
}
