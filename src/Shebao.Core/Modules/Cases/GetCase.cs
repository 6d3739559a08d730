using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Calendar;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cases;

public sealed class GetCaseHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, ServiceCatalogue catalogue, ICryptoProvider crypto, CalendarStore calendars, CaseRulebook rulebook, PendingRegistrations registrations, TimeProvider clock)
{
    public async Task<Result<CaseView>> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var scope = await currentScope.GetAsync(ct);
        var c = await db.Set<Case>().AsNoTracking().VisibleTo(user, scope).Include(x => x.History).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Result<CaseView>.From(Result.NotFound());
        var attachments = await db.Set<CaseAttachment>().AsNoTracking().Where(a => a.CaseId == id).OrderBy(a => a.UploadedAt).ToListAsync(ct);
        var attached = attachments.Where(a => a.SupersededAt is null).Select(a => a.MaterialCode).Distinct().ToList();
        var item = catalogue.Find(c.ItemCode);
        var actors = CaseAccess.ActorsFor(c, user);
        var today = clock.TodayInChina();
        var calendar = await calendars.LoadAsync(ct);
        IReadOnlyList<RuleCheck> checks = [];
        if (c.Status is CaseStatuses.Accepted or CaseStatuses.Returned or CaseStatuses.Submitted)
            checks = await rulebook.CheckAsync(new CaseContext(c.ItemCode, c.PersonId, c.Id, new FormValues(c.Form, crypto), today, clock.GetUtcNow().UtcDateTime, user.UserName ?? "", scope, db), ct);
        var history = c.History.OrderBy(h => h.At).ThenBy(h => h.Id).ToList();
        return new CaseView(
            c.Id, c.Number, c.ItemCode, item?.Name ?? c.ItemCode, c.Status, c.CurrentTier, new CasePersonView(c.PersonId, c.PersonName, c.PersonIdMasked, await registrations.StateAsync(c.PersonId, ct)),
            c.OrgUnitCode, c.AcceptedBy, c.AcceptedAt, c.DueDate, CaseDeadlines.IsOverdue(c, today), CaseDeadlines.IsDueSoon(c, today, calendar), c.IsPaused,
            c.Version, CaseWorkflow.AllowedActions(c, actors, user.UserName), CaseWorkflow.MayAttach(c.Status, actors), FormRules.View(item, c.Form, crypto),
            CaseViews.Materials(item, attached, c.Status == CaseStatuses.Returned ? c.MissingMaterials : null),
            history.Select(h => new CaseHistoryView(h.At, h.By, h.Action, h.From, h.To, h.Comment, h.MissingMaterials)).ToList(),
            c.ArchiveNo, c.LastReason, c.AssignedReviewer, attachments.Select(AddCaseAttachmentHandler.View).ToList(), checks,
            CaseWorkflow.MayEditForm(c.Status, actors), CaseViews.SinceReturn(item, history, attachments));
    }
}
