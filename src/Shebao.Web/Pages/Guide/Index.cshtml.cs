using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shebao.Core.Modules.ServiceItems;

namespace Shebao.Web.Pages.Guide;

public sealed class GuideIndexModel(SearchServiceItemsHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Dept { get; set; }

    public IReadOnlyList<ServiceItemGroup> Groups { get; private set; } = [];

    public void OnGet() => Groups = handler.Handle(Q, Dept);
}

public static class GuideText
{
    public static string Tier(string tier) => tier switch
    {
        "village" => "村（社区）",
        "township" => "乡镇（街道）",
        "district" => "区级",
        _ => tier,
    };

    public static string Review(string review) => review switch
    {
        "district" => "区级中心审核",
        "instant" => "即时办结",
        _ => "查询即得",
    };
}
