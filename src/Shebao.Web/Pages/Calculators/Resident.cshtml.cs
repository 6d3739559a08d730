using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.Resident;
using Shebao.Core.Modules.Printing;
using Shebao.Core.Platform.Clock;
using Shebao.Web.Security;

namespace Shebao.Web.Pages.Calculators;

/// <summary>Public 城居保 estimate; staff reach it from a person's page (?personId=…) and it pre-fills from the registry.</summary>
public sealed class ResidentModel(EstimateResidentPensionHandler estimate, PrintResidentEstimateHandler print, GetPersonHandler getPerson, GetResidentFiguresHandler figures, ParameterStore parameters,
    IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? PersonId { get; set; }
    [BindProperty] public DateOnly? BirthDate { get; set; }
    [BindProperty] public int? YearsPaid { get; set; } = 0;
    [BindProperty] public decimal? CurrentBalance { get; set; } = 0;
    [BindProperty] public decimal? PlannedGrade { get; set; }
    [BindProperty] public int? PlannedYears { get; set; } = 15;
    [BindProperty] public string? SpecialIdentity { get; set; } = SpecialIdentities.Ordinary;

    public PersonDetail? Person { get; private set; }
    public IReadOnlyList<decimal> Grades { get; private set; } = [];
    public ResidentPensionResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await PrepareAsync(ct) is { } notFound) return notFound;
        if (Person is not null && (await figures.HandleAsync(Person.Id, ct)).Value is { } known)
        {
            // Start from the record: years paid, the account balance, and as many planned years as the rules still allow.
            YearsPaid = known.YearsPaid;
            CurrentBalance = known.AccountBalance;
            PlannedYears = Math.Min(PlannedYears ?? 15, ResidentPension.MaxPlannedYears(Person.BirthDate, known.YearsPaid, clock.TodayInChina()));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await PrepareAsync(ct) is { } notFound) return notFound;
        if (!ModelState.IsValid) return Page();
        var result = await estimate.HandleAsync(Query(), ct);
        if (result.IsSuccess) Result = result.Value;
        else ModelState.AddErrors(result, t);
        return Page();
    }

    public async Task<IActionResult> OnPostPdfAsync(CancellationToken ct)
    {
        if (await PrepareAsync(ct) is { } notFound) return notFound;
        if (!ModelState.IsValid) return Page();
        var result = await print.HandleAsync(Query(), ct);
        if (result.IsSuccess) return File(result.Value!.Content, "application/pdf", result.Value.FileName);
        ModelState.AddErrors(result, t);
        return Page();
    }

    private ResidentPensionQuery Query() => new(BirthDate, YearsPaid, CurrentBalance, PlannedGrade, PlannedYears, SpecialIdentity, Person?.Id);

    /// <summary>Grades from the parameters in force; the person (staff only, in scope) from the registry.</summary>
    private async Task<IActionResult?> PrepareAsync(CancellationToken ct)
    {
        var reader = new ParameterReader(await parameters.LoadAsync(ct));
        Grades = ResidentPension.Grades(reader, clock.TodayInChina());
        PlannedGrade ??= Grades.FirstOrDefault(g => g >= 500, Grades[0]);
        if (PersonId is not { } id) return null;
        if (!await authorization.AllowsAsync(User, Policies.PersonData)) return NotFound();
        var person = await getPerson.HandleAsync(id, ct);
        if (!person.IsSuccess) return NotFound();
        Person = person.Value;
        BirthDate = Person!.BirthDate;
        SpecialIdentity = Person.SpecialIdentityCode;
        return null;
    }
}
