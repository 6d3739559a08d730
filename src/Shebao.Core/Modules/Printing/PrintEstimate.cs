using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Printing;

public sealed record PrintedPdf(byte[] Content, string FileName);

/// <summary>Prints the 城居保 estimate (A1-13); audited, and a staff print from the registry names the person (masked).</summary>
public sealed class PrintResidentEstimateHandler(EstimateResidentPensionHandler estimate, AppDbContext db, CurrentScope scope, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<PrintedPdf>> HandleAsync(ResidentPensionQuery q, CancellationToken ct = default)
    {
        var result = await estimate.HandleAsync(q, ct);
        if (!result.IsSuccess) return Result<PrintedPdf>.From(result);
        EstimateSubject? subject = null;
        if (q.PersonId is { } personId)
        {
            var s = await scope.GetAsync(ct);
            subject = await db.Persons.AsNoTracking().VisibleTo(s).Where(p => p.Id == personId)
                .Join(db.OrgUnits, p => p.VillageCode, o => o.Code, (p, o) => new EstimateSubject(p.Name, p.IdNumberMasked, o.Name))
                .SingleAsync(ct);
        }
        audit.Record("estimate.print", q.PersonId is null ? "calculator" : "person", q.PersonId?.ToString() ?? "A1-13");
        await db.SaveChangesAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return new PrintedPdf(EstimatePdf.Resident(result.Value!, subject, now), FileName("城居保待遇测算单", now));
    }

    internal static string FileName(string title, DateTime nowUtc) =>
        $"{title}-{nowUtc.AddHours(8).ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture)}.pdf";
}

/// <summary>Prints the 职工养老 estimate (A2-09); audited.</summary>
public sealed class PrintEmployeeEstimateHandler(EstimateEmployeePensionHandler estimate, AppDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<PrintedPdf>> HandleAsync(EmployeePensionQuery q, CancellationToken ct = default)
    {
        var result = await estimate.HandleAsync(q, ct);
        if (!result.IsSuccess) return Result<PrintedPdf>.From(result);
        audit.Record("estimate.print", "calculator", "A2-09");
        await db.SaveChangesAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return new PrintedPdf(EstimatePdf.Employee(result.Value!, null, now), PrintResidentEstimateHandler.FileName("职工养老金测算单", now));
    }
}
