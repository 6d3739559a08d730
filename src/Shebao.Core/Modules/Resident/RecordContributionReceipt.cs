using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Resident;

public sealed record ContributionReceipt(Guid PersonId, int? Year, DateOnly? ReceivedOn);

/// <summary>
/// 到账: the 居保中心 books a declared contribution as received (from the collection statement), which credits the
/// personal account. Only a 居保中心 reviewer; the day may not be in the future nor before the declaration.
/// </summary>
public sealed class RecordContributionReceiptHandler(AppDbContext db, ICurrentUser user, CurrentScope currentScope, ParameterStore parameters, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result> HandleAsync(ContributionReceipt c, CancellationToken ct = default)
    {
        var scope = await currentScope.GetAsync(ct);
        if (!await db.Persons.VisibleTo(scope).AnyAsync(p => p.Id == c.PersonId, ct)) return Result.NotFound();
        if (!user.IsInRole(RoleNames.DistrictReviewer) || user.OrgUnitCode != Departments.CentreCode("JB")) return Result.Forbidden("只有居保中心可以登记保费到账");
        var record = (await ResidentRecord.LoadAsync(db, c.PersonId, ct, forUpdate: true))!;
        var contribution = record.Contributions.SingleOrDefault(x => x.Year == c.Year);
        if (contribution is null) return Result.Invalid("year", "该年度没有缴费申报记录");
        if (contribution.Status == ContributionStatuses.Received) return Result.Conflict($"{c.Year}年度保费已于{contribution.ReceivedOn:yyyy-MM-dd}到账");
        var today = clock.TodayInChina();
        if (c.ReceivedOn is not { } day || day > today || day < DateOnly.FromDateTime(contribution.CreatedAt.AddHours(8)))
            return Result.Invalid("receivedOn", "到账日期应在申报之后、不晚于今天");
        contribution.Status = ContributionStatuses.Received;
        contribution.ReceivedOn = day;
        var now = clock.GetUtcNow().UtcDateTime;
        AccountLedger.Rebuild(record, new ParameterReader(await parameters.LoadAsync(ct)), today, now, db);
        PersonHistory.Record(db, c.PersonId, "resident.contribution.received", $"{contribution.Year}年{ContributionKinds.Label(contribution.Kind)}到账",
            new { 状态 = "待到账" }, new { 状态 = "已到账", 到账日期 = day.ToString("yyyy-MM-dd"), 金额 = contribution.Total }, user.UserName ?? "", now);
        audit.Record("resident.contribution.received", "person", c.PersonId.ToString(), reason: $"{contribution.Year}");
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
