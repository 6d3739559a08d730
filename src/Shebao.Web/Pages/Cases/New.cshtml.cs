using Shebao.Core.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Results;

namespace Shebao.Web.Pages.Cases;

/// <summary>受理: the item's form comes from the catalogue; the key generated with the form makes a double submit harmless.</summary>
public sealed class NewCaseModel(CreateCaseHandler create, ServiceCatalogue catalogue, ICurrentUser currentUser, SearchPersonsHandler search, GetPersonHandler getPerson,
    CaseRulebook rulebook, ListOrgUnitsHandler orgUnits, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "item")] public string? ItemCode { get; set; }
    [BindProperty] public string? IdNumber { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public Dictionary<string, string?> Form { get; set; } = [];
    [BindProperty] public string? IdempotencyKey { get; set; }

    /// <summary>The looked-up number is not in the registry and the item registers new persons (A1-03, A1-07): the person block is filled here.</summary>
    [BindProperty] public bool NewApplicant { get; set; }

    /// <summary>The villages of the clerk's area, offered for a new person's 村（社区）.</summary>
    public IReadOnlyList<string> Villages { get; private set; } = [];

    /// <summary>Derived from the ID number for a new person, so shown read-only.</summary>
    public static readonly IReadOnlySet<string> DerivedFields = new HashSet<string> { "gender", "birthDate" };

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

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Load();
        await PersonBlockAsync(ct);
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
            await PersonBlockAsync(ct);
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
            if (Item is not null && rulebook.RegistersNewPerson(Item.Code))
            {
                // A person new to the registry: registered with this case, pending until it is approved.
                NewApplicant = true;
                await PersonBlockAsync(ct);
                return Page();
            }
            ModelState.AddModelError(nameof(IdNumber), t["本辖区没有该公民身份号码的参保人登记，请核对号码或先办理参保登记"]);
            return Page();
        }
        NewApplicant = false;
        var person = await getPerson.HandleAsync(found.Value.Items[0].Id, ct);
        if (person.IsSuccess) Person = person.Value;
        return Page();
    }

    /// <summary>The person block: township and village default to the clerk's own; a new person's gender and birth date come from the ID.</summary>
    private async Task PersonBlockAsync(CancellationToken ct)
    {
        if (Item is null) return;
        var units = await orgUnits.HandleAsync(ct: ct);
        Villages = units.Where(u => u.Kind == OrgKinds.Village).Select(u => u.Name).ToList();
        var own = units.FirstOrDefault(u => u.Code == currentUser.OrgUnitCode);
        var township = own?.Kind == OrgKinds.Township ? own : units.FirstOrDefault(u => u.Kind == OrgKinds.Township && u.Code == own?.ParentCode);
        Default("township", township?.Name);
        Default("village", own?.Kind == OrgKinds.Village ? own.Name : null);
        var id = Shebao.Core.Modules.Persons.IdNumber.Normalize(IdNumber);
        if (!NewApplicant || Shebao.Core.Modules.Persons.IdNumber.Validate(id) is not null) return;
        if (Item.Fields.Any(f => f.Key == "gender")) Form["gender"] = Shebao.Core.Modules.Persons.IdNumber.GenderOf(id);
        if (Item.Fields.Any(f => f.Key == "birthDate")) Form["birthDate"] = Shebao.Core.Modules.Persons.IdNumber.BirthDateOf(id)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Default(string key, string? value)
    {
        if (value is not null && Item!.Fields.Any(f => f.Key == key) && string.IsNullOrWhiteSpace(Form.GetValueOrDefault(key))) Form[key] = value;
    }

    private void Load()
    {
        var tier = CaseAccess.TierOf(currentUser) ?? CaseTiers.District;
        Items = catalogue.Items.Where(i => i.Review != "none" && i.AcceptingTiers.Contains(tier)).ToList();
        Item = ItemCode is null ? null : Items.FirstOrDefault(i => i.Code == ItemCode);
    }
}
