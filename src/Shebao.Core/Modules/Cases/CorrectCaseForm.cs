using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;
using Shebao.Core.Platform.Security;

namespace Shebao.Core.Modules.Cases;

/// <summary>The fields to change (a key with an empty value clears an optional field); every other field keeps its value.</summary>
public sealed record CorrectCaseFormCommand(Guid CaseId, int? Version, IReadOnlyDictionary<string, string?>? Changes);

/// <summary>
/// 修改申请表: the accepting clerk corrects the form of an accepted or returned case instead of withdrawing it and
/// starting over. Same field rules as 受理; out of scope → 404, not the accepting clerk → 403, stale version or a
/// status the workflow table closes → 409. The history row lists before → after, identifiers masked.
/// </summary>
public sealed class CorrectCaseFormHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, ServiceCatalogue catalogue, ICryptoProvider crypto,
    AuditTrail audit, TimeProvider clock)
{
    public async Task<Result> HandleAsync(CorrectCaseFormCommand c, CancellationToken ct = default)
    {
        var scope = await currentScope.GetAsync(ct);
        var found = await db.Set<Case>().VisibleTo(user, scope).SingleOrDefaultAsync(x => x.Id == c.CaseId, ct);
        if (found is null) return Result.NotFound();
        var actors = CaseAccess.ActorsFor(found, user);
        if (!actors.Contains(CaseActor.AcceptingClerk)) return Result.Forbidden("只有受理单位的经办人可以修改申请表");
        if (c.Version is null) return Result.Invalid("version", "缺少办件版本号（version）");
        if (c.Version != found.Version) return Result.Conflict("办件已被他人更新，请刷新后重试");
        if (!CaseWorkflow.MayEditForm(found.Status, actors))
            return Result.Conflict($"办件当前状态为“{CaseStatuses.Label(found.Status)}”，不能修改申请表");
        var item = catalogue.Find(found.ItemCode);
        if (item is null) return Result.NotFound();
        if (c.Changes is null || c.Changes.Count == 0) return Result.Invalid("form", "请填写要修改的栏目");

        var before = new FormValues(found.Form, crypto);
        var merged = item.Fields.Where(f => before.Has(f.Key)).ToDictionary(f => f.Key, f => before[f.Key]);
        foreach (var (key, value) in c.Changes) merged[key] = value;
        var (errors, json) = FormRules.Validate(item, merged, crypto, clock.TodayInChina());
        if (errors.Any) return errors.ToResult();
        var changes = FormRules.Differences(item, found.Form, json, crypto);
        if (changes.Count == 0) return Result.Invalid("form", "申请表没有改动");

        var result = found.CorrectForm(actors, user.UserName ?? "", clock.GetUtcNow().UtcDateTime, json, string.Join("；", changes.Select(d => d.Text)));
        if (!result.IsSuccess) return result;
        audit.Record("case.correct", "case", found.Id.ToString(), fields: changes.Select(d => d.Key).ToList());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another correction or move won between our read and our write.
            db.ChangeTracker.Clear();
            return Result.Conflict("办件已被他人更新，请刷新后重试");
        }
        return Result.Success();
    }
}
