using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shebao.Core.Modules.ServiceItems;

namespace Shebao.Web.Pages.Guide;

public sealed class GuideItemModel(ServiceCatalogue catalogue) : PageModel
{
    public ServiceItem? Item { get; private set; }

    public IActionResult OnGet(string code)
    {
        Item = catalogue.Find(code);
        return Item is null ? NotFound() : Page();
    }
}
