using Shebao.Core.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Results;

namespace Shebao.Web.Pages.Cases;

/// <summary>受理: the item's form comes from the catalogue; the key generated with the form makes a double submit harmless.</summary>
public sealed class NewCaseModel(CreateCaseHandler create, ServiceCatalogue catalogue, ICurrentUser currentUser, SearchPersonsHandler search, GetPersonHandler getPerson,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "item")] public string? ItemCode { get; set; }
    [BindProperty] public string? IdNumber { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public Dictionary<string, string?> Form { get; set; } = [];
    [BindProperty] public string? IdempotencyKey { get; set; }

    public ServiceItem? Item { get; private set; }

    /// <summary>The applicant's record, shown beside the form once the clerk has looked the ID number up.</summary>
    public PersonDetail? Person { get; private set; }
    public IReadOnlyList<ServiceItem> Items { get; private set; } = [];

    public static string InputType(string fieldType) => fieldType switch
    {
        "date" => "date",
        "month" => "month",
        "number" or "money" or "year" => "text",
        _ => "text",
    };

    public IActionResult OnGet()
    {
        Load();
        IdempotencyKey = Guid.NewGuid().ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Load();
        var form = Form.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value);
        var result = await create.HandleAsync(new CreateCaseCommand(ItemCode, IdNumber, Name, form, IdempotencyKey), ct);
        if (!result.IsSuccess)
        {
            if (result.Kind == ResultKind.NotFound) return NotFound();
            ModelState.AddErrors(result, t);
            return Page();
        }
        TempData["Flash"] = string.Format(t["已受理，办件编号 {0}，进度查询码 {1}（打印受理回执交申请人）"].Value, result.Value!.Number, result.Value.LookupCode);
        return RedirectToPage("/Cases/Detail", new { id = result.Value.CaseId });
    }

    /// <summary>核对参保信息: finds the applicant in the clerk's area and shows what the system knows, keeping what was typed.</summary>
    public async Task<IActionResult> OnPostLookupAsync(CancellationToken ct)
    {
        Load();
        ModelState.Clear();
        var found = await search.HandleAsync(new SearchPersonsQuery(IdNumber, null), ct);
        if (!found.IsSuccess)
        {
            ModelState.AddErrors(found, t);
            return Page();
        }
        if (found.Value!.Items.Count == 0)
        {
            ModelState.AddModelError(nameof(IdNumber), t["本辖区没有该公民身份号码的参保人登记，请核对号码或先办理参保登记"]);
            return Page();
        }
        var person = await getPerson.HandleAsync(found.Value.Items[0].Id, ct);
        if (person.IsSuccess) Person = person.Value;
        return Page();
    }

    private void Load()
    {
        var tier = CaseAccess.TierOf(currentUser) ?? CaseTiers.District;
        Items = catalogue.Items.Where(i => i.Review != "none" && i.AcceptingTiers.Contains(tier)).ToList();
        Item = ItemCode is null ? null : Items.FirstOrDefault(i => i.Code == ItemCode);
    }
}
