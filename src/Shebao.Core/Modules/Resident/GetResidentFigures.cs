using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Resident;

public sealed record ResidentFigures(int YearsPaid, decimal AccountBalance);

/// <summary>The record's years and balance, so the staff calculator starts from the registry (the same figures a claim uses).</summary>
public sealed class GetResidentFiguresHandler(AppDbContext db, CurrentScope currentScope)
{
    public async Task<Result<ResidentFigures>> HandleAsync(Guid personId, CancellationToken ct = default)
    {
        var scope = await currentScope.GetAsync(ct);
        if (!await db.Persons.VisibleTo(scope).AnyAsync(p => p.Id == personId, ct)) return Result<ResidentFigures>.From(Result.NotFound());
        var record = (await ResidentRecord.LoadAsync(db, personId, ct))!;
        return new ResidentFigures(record.YearsPaid, record.Account?.Balance ?? 0);
    }
}
