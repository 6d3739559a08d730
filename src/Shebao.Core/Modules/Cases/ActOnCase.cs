using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Calendar;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cases;

public sealed record CaseActionCommand(Guid CaseId, string? Action, int? Version, string? Comment = null, string? Reason = null,
    IReadOnlyList<string>? MissingMaterials = null, string? ArchiveNo = null);

/// <summary>
/// submit / approve / return / resubmit / reject / withdraw / archive. Out of scope → 404; a role that may
/// never do the action → 403; wrong status or stale version → 409. The change, its history row, the item's
/// effect (on approval) and the audit row are one transaction.
/// </summary>
public sealed class ActOnCaseHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, ServiceCatalogue catalogue, CalendarStore calendars,
    CaseRulebook rulebook, PendingRegistrations registrations, ICryptoProvider crypto, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result> HandleAsync(CaseActionCommand c, CancellationToken ct = default)
    {
        var scope = await currentScope.GetAsync(ct);
        var found = await db.Set<Case>().VisibleTo(user, scope).SingleOrDefaultAsync(x => x.Id == c.CaseId, ct);
        if (found is null) return Result.NotFound();
        var action = c.Action?.Trim().ToLowerInvariant() ?? "";
        if (!CaseActions.All.Contains(action)) return Result.NotFound();
        var actors = CaseAccess.ActorsFor(found, user);
        if (!CaseWorkflow.ActorMayEver(action, actors))
        {
            await audit.RecordNowAsync($"case.{action}", "case", found.Id.ToString(), AuditResults.Denied, ct: ct);
            return Result.Forbidden($"您不能对此办件执行“{CaseActions.Label(action)}”");
        }
        if (c.Version is null) return Result.Invalid("version", "缺少办件版本号（version）");
        if (c.Version != found.Version) return Result.Conflict("办件已被他人更新，请刷新后重试");

        var by = user.UserName ?? "";
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = actors.FirstOrDefault(a => CaseWorkflow.Find(found.Status, action, a) is not null, actors.First());
        var item = catalogue.Find(found.ItemCode);
        var comment = c.Comment;
        if (action == CaseActions.Resubmit && found.Status == CaseStatuses.Returned)
        {
            var (error, note) = await ReplacementsAsync(found, item, c.Reason, ct);
            if (error is not null) return error;
            comment = note is null ? c.Comment : string.IsNullOrWhiteSpace(c.Comment) ? note : $"{note}；{c.Comment.Trim()}";
        }
        var result = action switch
        {
            CaseActions.Submit => found.Submit(actor, by, now, c.Comment),
            CaseActions.Approve => found.Approve(actor, by, now, c.Comment),
            CaseActions.Return => found.Return(actor, by, now, c.Reason, c.MissingMaterials ?? [], item?.Materials.Select(m => m.Code).ToList() ?? []),
            CaseActions.Resubmit => found.Resubmit(actor, by, now, comment),
            CaseActions.Reject => found.Reject(actor, by, now, c.Reason),
            CaseActions.Withdraw => found.Withdraw(actor, by, now, c.Comment),
            _ => found.Archive(actor, by, now, c.ArchiveNo),
        };
        if (!result.IsSuccess) return result;

        var today = clock.TodayInChina();
        if (action is CaseActions.Submit or CaseActions.Resubmit && item is not null)
        {
            var missing = item.Materials.Where(m => m.Required).Select(m => m.Code)
                .Except(await db.Set<CaseAttachment>().Where(a => a.CaseId == found.Id).Select(a => a.MaterialCode).ToListAsync(ct)).ToList();
            if (missing.Count > 0)
                return Refuse(Result.Invalid("materials", $"材料不全，不能提交：缺少{string.Join("、", item.Materials.Where(m => missing.Contains(m.Code)).Select(m => m.Name))}"));
        }
        CaseContext? context = null;
        if (action is CaseActions.Submit or CaseActions.Resubmit or CaseActions.Approve)
        {
            // The registry may have moved since acceptance (another case approved, a payment received): check again.
            context = new CaseContext(found.ItemCode, found.PersonId, found.Id, new FormValues(found.Form, crypto), today, now, by, scope, db) { CaseNumber = found.Number };
            var failures = CaseRulebook.Failures(await rulebook.CheckAsync(context, ct));
            if (failures.Count > 0)
            {
                // A concurrent winner may have applied this very case already (its effect is what now fails the rules): that is a conflict.
                var stored = await db.Set<Case>().AsNoTracking().Where(x => x.Id == found.Id).Select(x => x.Version).SingleAsync(ct);
                return Refuse(stored != c.Version ? Result.Conflict("办件已被他人更新，请刷新后重试") : Result.Ineligible(failures));
            }
        }
        if (action == CaseActions.Return) CaseDeadlines.Pause(found, today, await calendars.LoadAsync(ct));
        if (action == CaseActions.Resubmit) CaseDeadlines.Resume(found, today, await calendars.LoadAsync(ct));
        if (action == CaseActions.Approve)
        {
            await registrations.ConfirmAsync(found.PersonId, by, now, found.Id, found.Number, ct);
            await rulebook.ApplyAsync(context!, ct);
        }
        // A registration refused or withdrawn leaves no person behind; the case keeps the name and masked number.
        if (action is CaseActions.Reject or CaseActions.Withdraw) await registrations.DiscardAsync(found.PersonId, ct);
        audit.Record($"case.{action}", "case", found.Id.ToString(), fields: action == CaseActions.Return ? ["missingMaterials"] : null,
            reason: c.Reason ?? c.ArchiveNo ?? c.Comment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else moved the case between our read and our write: exactly one of us wins (P3).
            return Refuse(Result.Conflict("办件已被他人更新，请刷新后重试"));
        }
        return Result.Success();
    }

    /// <summary>
    /// 补正: every material the return named needs a file uploaded after the return, or the clerk's written reason why not,
    /// which goes to the reviewer as the resubmission's note.
    /// </summary>
    private async Task<(Result? Error, string? Note)> ReplacementsAsync(Case found, ServiceItem? item, string? reason, CancellationToken ct)
    {
        var named = (found.MissingMaterials ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var returnedAt = await CaseReturns.LastReturnAtAsync(db, found.Id, ct);
        if (named.Length == 0 || returnedAt is null) return (null, null);
        var replaced = await db.Set<CaseAttachment>().Where(a => a.CaseId == found.Id && a.UploadedAt >= returnedAt).Select(a => a.MaterialCode).ToListAsync(ct);
        var missing = named.Except(replaced).Select(code => item?.Materials.FirstOrDefault(m => m.Code == code)?.Name ?? code).ToList();
        if (missing.Count == 0) return (null, null);
        var text = reason?.Trim() ?? "";
        if (text.Length == 0)
            return (Result.Invalid("reason", $"退回时要求补正的材料还没有上传新文件：{string.Join("、", missing)}。请上传新文件，或写明未补交新文件的理由"), null);
        if (text.Length > 500) return (Result.Invalid("reason", "未补交新文件的理由最多500字"), null);
        return (null, $"未补交新文件（{string.Join("、", missing)}）的理由：{text}");
    }

    /// <summary>
    /// A refusal after the case was moved in memory: forget the move, so that a later SaveChanges in the same
    /// request (an audit row of the page that shows the refusal) cannot write it.
    /// </summary>
    private Result Refuse(Result refusal)
    {
        db.ChangeTracker.Clear();
        return refusal;
    }
}
