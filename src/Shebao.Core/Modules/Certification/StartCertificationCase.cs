using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;
using Shebao.Core.Platform.Security;

namespace Shebao.Core.Modules.Certification;

public sealed record StartCertificationCaseCommand(Guid BeneficiaryId, string? IdempotencyKey);

/// <summary>The case the due-list row opened; <c>Existing</c> when the person already had an open one of that item.</summary>
public sealed record CertificationCaseStarted(Guid CaseId, string Number, bool Existing);

/// <summary>
/// 办理认证 from the due list: A1-02 or A1-14 is accepted for the row's person with the form filled in from the list
/// (today, 上门认证 at home, the subject type and benefit); the ID number goes from the registry to 受理 without the clerk
/// typing or seeing it. The clerk corrects the form on the case page if the person came to the counter instead.
/// </summary>
public sealed class StartCertificationCaseHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, PersonLookup persons,
    CreateCaseHandler create, TimeProvider clock)
{
    public async Task<Result<CertificationCaseStarted>> HandleAsync(StartCertificationCaseCommand c, CancellationToken ct = default)
    {
        // Certifications are accepted at the village or township (A1-02/A1-14); a centre reviewer or the administrator only reads the list.
        if (CaseAccess.TierOf(user) is not (CaseTiers.Village or CaseTiers.Township))
            return Result<CertificationCaseStarted>.From(Result.Forbidden("只有村（社区）、乡镇（街道）经办人可以办理认证"));
        var scope = await currentScope.GetAsync(ct);
        var b = await db.Set<Beneficiary>().AsNoTracking().VisibleTo(user, scope).SingleOrDefaultAsync(x => x.Id == c.BeneficiaryId, ct);
        if (b is null || Schemes.ItemOf(b.Scheme) is not { } item) return Result<CertificationCaseStarted>.From(Result.NotFound());
        var open = await db.Set<Case>().AsNoTracking().VisibleTo(user, scope)
            .Where(x => x.PersonId == b.PersonId && x.ItemCode == item && CaseStatuses.Open.Contains(x.Status)).Select(x => new { x.Id, x.Number }).FirstOrDefaultAsync(ct);
        if (open is not null) return new CertificationCaseStarted(open.Id, open.Number, true);
        if (await persons.IdentityInScopeAsync(b.PersonId, ct) is not { } person) return Result<CertificationCaseStarted>.From(Result.NotFound());

        var created = await create.HandleAsync(new CreateCaseCommand(item, person.IdNumber, person.Name, Form(b, clock.TodayInChina()), c.IdempotencyKey), ct);
        return created.IsSuccess
            ? new CertificationCaseStarted(created.Value!.CaseId, created.Value.Number, created.Value.Replayed)
            : Result<CertificationCaseStarted>.From(created);
    }

    /// <summary>What the list already knows, in the catalogue's field keys of A1-02 / A1-14.</summary>
    internal static Dictionary<string, string?> Form(Beneficiary b, DateOnly today)
    {
        var form = new Dictionary<string, string?>
        {
            ["certificationMethod"] = "visit", ["certificationPlace"] = "home", ["certifiedAt"] = today.ToString("yyyy-MM-dd"),
        };
        if (b.Scheme != Schemes.WorkInjury) return form;
        form["subjectType"] = b.SubjectType == SubjectTypes.Dependant ? SubjectTypes.Dependant : SubjectTypes.Worker;
        form["benefitItem"] = b.BenefitItems.Contains("抚恤金") ? "dependant-pension" : b.BenefitItems.Contains("护理") ? "nursing-care" : "disability-allowance";
        if (b.DisabilityGrade is { Length: > 0 } grade) form["disabilityGrade"] = grade;
        if (b.DeceasedWorkerName is { Length: > 0 } worker) form["deceasedWorkerName"] = worker;
        if (b.Relationship is { Length: > 0 } relationship) form["relationship"] = relationship;
        return form;
    }
}
