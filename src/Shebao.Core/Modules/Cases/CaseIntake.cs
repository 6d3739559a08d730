using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;
using Shebao.Core.Platform.Security;

namespace Shebao.Core.Modules.Cases;

/// <summary>An application that passed 受理's own checks: the item, where it is accepted, the normalised applicant and the form as it would be stored.</summary>
internal sealed record CaseApplication(ServiceItem Item, string Tier, OrgUnit Unit, string Centre, string IdNumber, string Name, string FormJson, DateOnly Today, OrgScope Scope);

/// <summary>
/// What 受理 checks before it writes anything, in one place so that a precheck (PrecheckCase) and the acceptance
/// (CreateCase) give the same field errors and the same item rules for the same body.
/// </summary>
internal sealed class CaseIntake(AppDbContext db, ICurrentUser user, CurrentScope currentScope, ServiceCatalogue catalogue, ICryptoProvider crypto, CaseRulebook rulebook,
    PersonLookup persons, TimeProvider clock)
{
    /// <summary>The item, the clerk's right to accept it, the applicant's ID number and name, and the form field by field.</summary>
    public async Task<Result<CaseApplication>> ValidateAsync(string? itemCode, string? idNumber, string? applicantName, IReadOnlyDictionary<string, string?>? form, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var item = itemCode is null ? null : catalogue.Find(itemCode);
        if (item is null) return Result<CaseApplication>.From(Result.Invalid("itemCode", "请选择有效的服务事项"));
        if (item.Review == "none") return Result<CaseApplication>.From(Result.Invalid("itemCode", "查询、打印类事项不需受理，请使用查询功能"));
        var tier = CaseAccess.TierOf(user);
        var unit = await currentScope.UnitAsync(ct);
        if (tier is null || unit is null) return Result<CaseApplication>.From(Result.Forbidden("您的角色不能受理办件"));
        if (!item.AcceptingTiers.Contains(tier))
            return Result<CaseApplication>.From(Result.Forbidden($"“{item.Name}”不在{CaseTiers.Label(tier)}受理（受理层级：{string.Join("、", item.AcceptingTiers.Select(CaseTiers.Label))}）"));
        var centre = Departments.CentreCode(item.Department);
        if (tier == CaseTiers.District && unit.Code != centre) return Result<CaseApplication>.From(Result.Forbidden("区级只能受理本中心负责的事项"));

        var id = IdNumber.Normalize(idNumber);
        if (IdNumber.Validate(id) is { } idError) errors.Add("idNumber", idError);
        var name = applicantName?.Trim() ?? "";
        if (name.Length is 0 or > 50) errors.Add("name", "请填写申请人姓名");
        var today = clock.TodayInChina();
        if (form is not null && item.Fields.Any(f => f.Type == "bankAccount" && form.GetValueOrDefault(f.Key)?.Trim() == FormValues.RegisteredAccount))
            form = await WithRegisteredAccountAsync(item, id, form, errors, ct);
        var (formErrors, formJson) = FormRules.Validate(item, form, crypto, today);
        if (formErrors.Any) foreach (var (field, messages) in formErrors.ToResult().Errors) foreach (var m in messages) errors.Add(field, m);
        if (errors.Any) return Result<CaseApplication>.From(errors.ToResult());
        return new CaseApplication(item, tier, unit, centre, id, name, formJson, today, await currentScope.GetAsync(ct));
    }

    /// <summary>
    /// "使用登记账号": a bank-account field holding <see cref="FormValues.RegisteredAccount"/> gets the applicant's
    /// registered account here, so the full number never travels through the page.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string?>> WithRegisteredAccountAsync(ServiceItem item, string id, IReadOnlyDictionary<string, string?> form, FieldErrors errors, CancellationToken ct)
    {
        var validId = IdNumber.Validate(id) is null;
        var person = validId ? (await persons.InScopeAsync(id, ct)).Value : null;
        var cipher = person is null ? null : await db.Persons.AsNoTracking().Where(p => p.Id == person.Id).Select(p => p.BankAccountCipher).SingleAsync(ct);
        var filled = form.ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var f in item.Fields.Where(f => f.Type == "bankAccount" && form.GetValueOrDefault(f.Key)?.Trim() == FormValues.RegisteredAccount))
        {
            if (cipher is null && validId) errors.Add($"form.{f.Key}", $"{f.Label}：该参保人没有登记银行账号，请填写账号");
            filled[f.Key] = cipher is null ? null : crypto.Decrypt(cipher);
        }
        return filled;
    }

    /// <summary>One open case per person and item: a second one would only duplicate the first.</summary>
    public Task<bool> HasOpenCaseAsync(Guid personId, string itemCode, CancellationToken ct) =>
        db.Set<Case>().AnyAsync(x => x.PersonId == personId && x.ItemCode == itemCode && CaseStatuses.Open.Contains(x.Status), ct);

    public static string OpenCaseMessage(ServiceItem item) => $"该参保人已有一件未办结的“{item.Name}”，请在原办件上继续办理";

    /// <summary>What a rule may look at for this application and person (no case yet).</summary>
    public CaseContext Context(CaseApplication a, Guid personId, DateTime now) =>
        new(a.Item.Code, personId, null, new FormValues(a.FormJson, crypto), a.Today, now, user.UserName ?? "", a.Scope, db);

    public Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext context, CancellationToken ct) => rulebook.CheckAsync(context, ct);
}
