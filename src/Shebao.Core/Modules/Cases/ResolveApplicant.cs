using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cases;

/// <summary>
/// 受理's applicant: a registered person of the clerk's area (the employer items: of the district), or, for a
/// registration item (A1-03, or A1-07 for a person moving in), a person the registry does not hold yet, added as a pending registration of the case.
/// </summary>
public sealed class ApplicantResolver(AppDbContext db, CurrentScope currentScope, PersonLookup persons, PendingRegistrations registrations, CaseRulebook rulebook, TimeProvider clock)
{
    /// <param name="id">Normalised and valid.</param>
    public async Task<Result<PersonRef>> ResolveAsync(ServiceItem item, string id, string name, IReadOnlyDictionary<string, string?>? form, CancellationToken ct)
    {
        var found = rulebook.SubjectAnywhereInDistrict(item.Code) ? await persons.InDistrictAsync(id, ct) : await persons.InScopeAsync(id, ct);
        if (found.Value is { } person)
            return person.Name == name ? person : Result<PersonRef>.From(Result.Invalid("name", "姓名与登记信息不一致，请核对"));
        if (!rulebook.RegistersNewPerson(item.Code))
            return Result<PersonRef>.From(Result.Invalid("idNumber", "本辖区没有该公民身份号码的参保人登记，请核对号码或先办理参保登记"));

        switch (await registrations.HolderAsync(id, ct))
        {
            case { Pending: true } pending:
                return Result<PersonRef>.From(Result.Conflict(await OpenRegistrationMessageAsync(pending.PersonId, ct)));
            case { } elsewhere:
                return Result<PersonRef>.From(Result.Invalid("idNumber", await ElsewhereMessageAsync(elsewhere, ct)));
        }

        form ??= new Dictionary<string, string?>();
        string? Value(string key) => form.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var village = await VillageAsync(Value("township"), Value("village"), ct);
        if (village.Value is not { } unit) return Result<PersonRef>.From(village);
        var data = new NewPersonData(name, id, Value("phone"), Value("withholdingAccount"), null, Value("residentialAddress") ?? Value("householdAddress") ?? Value("newHouseholdAddress"),
            Value("ethnicity") ?? "01", Value("householdType") ?? HouseholdTypes.Rural, Value("villageGroup"), Value("insuredIdentity") ?? SpecialIdentities.Ordinary);
        return registrations.Register(data, unit, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>After a failed insert: a concurrent clerk registered the same number first, so name their open case.</summary>
    public async Task<Result?> RegisteredConcurrentlyAsync(string? idNumber, CancellationToken ct)
    {
        var id = IdNumber.Normalize(idNumber);
        if (IdNumber.Validate(id) is not null) return null;
        return await registrations.HolderAsync(id, ct) is { Pending: true } pending ? Result.Conflict(await OpenRegistrationMessageAsync(pending.PersonId, ct)) : null;
    }

    private async Task<string> OpenRegistrationMessageAsync(Guid personId, CancellationToken ct)
    {
        var open = await db.Set<Case>().AsNoTracking().Where(c => c.PersonId == personId && CaseStatuses.Open.Contains(c.Status))
            .Select(c => c.Number).FirstOrDefaultAsync(ct);
        return open is null
            ? "该公民身份号码正在办理参保登记，请稍后查询"
            : $"该公民身份号码已有一件未办结的参保登记（办件编号 {open}），请在原办件上继续办理";
    }

    // Township and village only: the clerk learns where the person is registered, nothing about them.
    private async Task<string> ElsewhereMessageAsync(RegistryHolder holder, CancellationToken ct)
    {
        var codes = holder.OrgPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var names = await db.OrgUnits.AsNoTracking().Where(u => codes.Contains(u.Code) && (u.Kind == OrgKinds.Township || u.Kind == OrgKinds.Village))
            .OrderBy(u => u.Path.Length).Select(u => u.Name).ToListAsync(ct);
        return $"该公民身份号码已在{string.Concat(names)}登记，不能重复登记；人员变更村（社区）的，请按情况办理基础信息变更（A1-04）或制度内转移（A1-07）";
    }

    /// <summary>The village the new person belongs to: named (or coded) on the form, within the clerk's area only.</summary>
    private async Task<Result<OrgUnit>> VillageAsync(string? township, string? village, CancellationToken ct)
    {
        var scope = await currentScope.GetAsync(ct);
        var villages = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgKinds.Village && u.ValidTo == null && u.Path.StartsWith(scope.PathPrefix)).ToListAsync(ct);
        if (scope.SeesNothing) villages.Clear();
        var townships = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgKinds.Township).ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        var matches = villages.Where(v => v.Name == village || v.Code == village).ToList();
        // "顺河社区" for "顺河社区居委会": a clerk types the short name.
        if (matches.Count == 0 && village is not null) matches = villages.Where(v => v.Name.StartsWith(village, StringComparison.Ordinal)).ToList();
        if (matches.Count > 1 && township is not null)
            matches = matches.Where(v => v.ParentCode is { } p && (p == township || townships.GetValueOrDefault(p) == township)).ToList();
        if (matches.Count == 1)
        {
            var parent = matches[0].ParentCode;
            if (township is not null && parent is not null && township != parent && townships.GetValueOrDefault(parent) != township)
                return Result<OrgUnit>.From(Result.Invalid("form.township", $"乡镇（街道）应为“{townships.GetValueOrDefault(parent)}”（{matches[0].Name}所属）"));
            return matches[0];
        }
        var allowed = string.Join("、", villages.Take(30).Select(v => v.Name));
        return Result<OrgUnit>.From(Result.Invalid("form.village", village is null
            ? "新参保人须填写所在村（社区）"
            : $"村（社区）“{village}”不在您的辖区内，只能登记到：{allowed}{(villages.Count > 30 ? "等" : "")}"));
    }
}
