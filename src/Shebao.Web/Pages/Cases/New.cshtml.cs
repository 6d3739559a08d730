using Shebao.Core.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Results;

namespace Shebao.Web.Pages.Cases;

/// <summary>
/// 受理: the item's form comes from the catalogue, pre-filled with what the platform knows; the item's checks run
/// before 受理 (precheck, also live through wwwroot/js/precheck.js); the key generated with the form makes a double
/// submit harmless. With failing checks a case is accepted only with the 一次性告知书 or refused (不予受理).
/// </summary>
public sealed class NewCaseModel(CreateCaseHandler create, PrecheckCaseHandler precheck, ActOnCaseHandler act, ServiceCatalogue catalogue, ICurrentUser currentUser,
    SearchPersonsHandler search, GetPersonHandler getPerson, ListOrgUnitsHandler orgUnits, ParameterStore parameters, CaseRulebook rulebook, TimeProvider clock,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public const string ModeNotice = "notice";
    public const string ModeRefuse = "refuse";

    /// <summary>Fields the ID number decides (shown read-only, filled from the number).</summary>
    public static readonly IReadOnlySet<string> FromIdNumber = new HashSet<string> { "birthDate", "gender" };

    /// <summary>Grade fields offered as the year's 缴费档次 (Parameters CJB.GRADES).</summary>
    public static readonly IReadOnlySet<string> GradeFields = new HashSet<string> { "contributionGrade", "plannedGrade" };

    [BindProperty(SupportsGet = true, Name = "item")] public string? ItemCode { get; set; }
    [BindProperty] public string? IdNumber { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public Dictionary<string, string?> Form { get; set; } = [];
    [BindProperty] public string? IdempotencyKey { get; set; }

    /// <summary>Bank-account fields the clerk filled with the applicant's registered account (使用登记账号).</summary>
    [BindProperty] public List<string> UseRegistered { get; set; } = [];

    /// <summary>Bank-account fields that default to the applicant's own registered account.</summary>
    public static readonly IReadOnlySet<string> OwnAccountFields = new HashSet<string> { "withholdingAccount", "paymentAccount" };

    /// <summary>"" for plain 受理, <see cref="ModeNotice"/> or <see cref="ModeRefuse"/> when checks fail.</summary>
    [BindProperty] public string? Mode { get; set; }

    /// <summary>The looked-up number is not in the registry and the item registers new persons (A1-03, A1-07): it is registered with this case.</summary>
    [BindProperty] public bool NewApplicant { get; set; }

    public ServiceItem? Item { get; private set; }

    /// <summary>The applicant's record, shown beside the form once the clerk has looked the ID number up.</summary>
    public PersonDetail? Person { get; private set; }
    public IReadOnlyList<ServiceItem> Items { get; private set; } = [];

    /// <summary>The item's checks for the form as it stands (null until the form passes its field rules).</summary>
    public CasePrecheck? Precheck { get; private set; }

    public IReadOnlyList<decimal> Grades { get; private set; } = [];

    /// <summary>The clerk's township and village (names), and the villages they may choose from.</summary>
    public string? OwnTownship { get; private set; }
    public string? OwnVillage { get; private set; }
    public IReadOnlyList<string> Villages { get; private set; } = [];

    public static string InputType(string fieldType) => fieldType switch
    {
        "date" => "date",
        "month" => "month",
        "number" or "money" or "year" => "text",
        _ => "text",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        IdempotencyKey = Guid.NewGuid().ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var form = Filled();
        // The same precheck the clerk saw: with failing rules plain 受理 is not offered.
        var checkedForm = await precheck.HandleAsync(new PrecheckCaseCommand(ItemCode, IdNumber, Name, form), ct);
        if (checkedForm.IsSuccess) Precheck = checkedForm.Value;
        if (Precheck is { BlocksAcceptance: true } && Mode is not (ModeNotice or ModeRefuse))
        {
            ModelState.AddModelError("", t["有办理条件未通过：请修改表单，或选择“受理并出具一次性告知书”或“不予受理”"]);
            return Page();
        }
        var result = await create.HandleAsync(new CreateCaseCommand(ItemCode, IdNumber, Name, form, IdempotencyKey), ct);
        if (!result.IsSuccess)
        {
            if (result.Kind == ResultKind.NotFound) return NotFound();
            ModelState.AddErrors(result, t);
            return Page();
        }
        var created = result.Value!;
        if (Mode == ModeRefuse && Precheck is { BlocksAcceptance: true } failed && !created.Replayed)
        {
            // 不予受理 names the failed rules, so the 告知书 states them.
            var refused = await act.HandleAsync(new CaseActionCommand(created.CaseId, CaseActions.Reject, 1, Reason: string.Join("；", CaseRulebook.Failures(failed.Checks.Where(x => !x.IsMaterial)))), ct);
            if (!refused.IsSuccess) ModelState.AddErrors(refused, t);
            TempData["Flash"] = string.Format(t["已作不予受理，办件编号 {0}（打印不予受理告知书交申请人）"].Value, created.Number);
            return RedirectToPage("/Cases/Detail", new { id = created.CaseId });
        }
        TempData["Flash"] = Mode == ModeNotice && Precheck is { BlocksAcceptance: true }
            ? string.Format(t["已受理，办件编号 {0}，进度查询码 {1}（打印受理回执和一次性告知书交申请人）"].Value, created.Number, created.LookupCode)
            : string.Format(t["已受理，办件编号 {0}，进度查询码 {1}（打印受理回执交申请人）"].Value, created.Number, created.LookupCode);
        return RedirectToPage("/Cases/Detail", new { id = created.CaseId });
    }

    /// <summary>检查办理条件: the item's checks for the form as typed, writing nothing; a script asks for the panel only.</summary>
    public async Task<IActionResult> OnPostPrecheckAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        ModelState.Clear();
        var result = await precheck.HandleAsync(new PrecheckCaseCommand(ItemCode, IdNumber, Name, Filled()), ct);
        if (result.IsSuccess) Precheck = result.Value;
        else ModelState.AddErrors(result, t);
        if (Request.Headers["X-Precheck"] == "panel") return Partial("_Precheck", this);
        if (result.IsSuccess) await LoadPersonAsync(ct);
        return Page();
    }

    /// <summary>核对参保信息: finds the applicant in the clerk's area and shows what the system knows, keeping what was typed.</summary>
    public async Task<IActionResult> OnPostLookupAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
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
                Filled();
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

    /// <summary>The applicant's record beside a checked form (current values of change items, the registered account).</summary>
    private async Task LoadPersonAsync(CancellationToken ct)
    {
        var found = await search.HandleAsync(new SearchPersonsQuery(IdNumber, null), ct);
        if (found.Value is { Items.Count: > 0 } list && await getPerson.HandleAsync(list.Items[0].Id, ct) is { IsSuccess: true } person) Person = person.Value;
    }

    /// <summary>What the registry holds now for a change item's "new …" field, masked as everywhere.</summary>
    public string? CurrentValue(string fieldKey) => Person is not { } p ? null : fieldKey switch
    {
        "newPhone" => p.PhoneMasked,
        "newAddress" => p.Address,
        "newBankName" => p.BankName,
        "newBankAccount" => p.BankAccountMasked,
        "newVillageGroup" => p.GroupName,
        "newEthnicity" => p.Ethnicity,
        "newName" => p.Name,
        "newIdNumber" => p.IdNumberMasked,
        "newBirthDate" => p.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        "newGender" => p.Gender,
        _ => null,
    };

    /// <summary>The fields the clerk filled, with those the ID number decides taken from it.</summary>
    private Dictionary<string, string?> Filled()
    {
        var form = Form.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var (key, value) in FromId()) { form[key] = value; Form[key] = value; }
        // The registered account is filled by 受理 itself (FormValues.RegisteredAccount), never echoed into the page.
        foreach (var key in UseRegistered.Where(OwnAccountFields.Contains)) form[key] = FormValues.RegisteredAccount;
        return form;
    }

    /// <summary>Birth date and gender of the item's form, read from a valid ID number.</summary>
    private IEnumerable<(string Key, string Value)> FromId()
    {
        var id = Shebao.Core.Modules.Persons.IdNumber.Normalize(IdNumber);
        if (Item is null || !Shebao.Core.Modules.Persons.IdNumber.IsValid(id) || Shebao.Core.Modules.Persons.IdNumber.BirthDateOf(id) is not { } birth) yield break;
        foreach (var f in Item.Fields.Where(f => FromIdNumber.Contains(f.Key)))
            yield return f.Key == "birthDate" ? (f.Key, birth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : (f.Key, Shebao.Core.Modules.Persons.IdNumber.GenderOf(id));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var tier = CaseAccess.TierOf(currentUser) ?? CaseTiers.District;
        Items = catalogue.Items.Where(i => i.Review != "none" && i.AcceptingTiers.Contains(tier)).ToList();
        Item = ItemCode is null ? null : Items.FirstOrDefault(i => i.Code == ItemCode);
        if (Item is null) return;
        if (Item.Fields.Any(f => GradeFields.Contains(f.Key)))
            Grades = ResidentPension.Grades(new ParameterReader(await parameters.LoadAsync(ct)), clock.TodayInChina());
        if (Item.Fields.Any(f => f.Key is "township" or "village"))
        {
            var units = await orgUnits.HandleAsync(ct: ct);
            var own = units.FirstOrDefault(u => u.Code == currentUser.OrgUnitCode);
            var township = own?.Kind == OrgKinds.Village ? units.FirstOrDefault(u => u.Code == own.ParentCode) : own?.Kind == OrgKinds.Township ? own : null;
            OwnTownship = township?.Name;
            OwnVillage = own?.Kind == OrgKinds.Village ? own.Name : null;
            Villages = township is null ? [] : units.Where(u => u.Kind == OrgKinds.Village && u.ParentCode == township.Code).Select(u => u.Name).ToList();
            // The clerk's own township and village unless they chose another village of their scope.
            if (OwnTownship is not null) Form["township"] = OwnTownship;
            if (OwnVillage is not null) Form["village"] = OwnVillage;
            else if (Form.GetValueOrDefault("village") is { } chosen && !Villages.Contains(chosen)) Form["village"] = null;
        }
    }
}
