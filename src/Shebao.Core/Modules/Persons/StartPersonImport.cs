using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;
using Shebao.Core.Platform.Security;

namespace Shebao.Core.Modules.Persons;

/// <summary>A new import of <paramref name="FileName"/>, or (<paramref name="AfterDryRun"/>) the import of a file whose dry run succeeded.</summary>
public sealed record StartPersonImportCommand(string? FileName, bool DryRun, Guid? AfterDryRun = null);

/// <summary>Registers an import job (queued); the caller keeps the file and runs it with <see cref="RunPersonImportHandler"/>, inline or in the background.</summary>
public sealed class StartPersonImportHandler(AppDbContext db, CurrentScope currentScope, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result<PersonImportView>> HandleAsync(StartPersonImportCommand command, CancellationToken ct = default)
    {
        // The registry of the whole district is brought in by the district: its administrator and the 居保中心.
        if (!user.IsInRole(RoleNames.DistrictAdmin) && !user.IsInRole(RoleNames.DistrictReviewer))
            return Result<PersonImportView>.From(Result.Forbidden("只有区级管理员和居保中心可以导入人员名册"));
        var scope = await currentScope.GetAsync(ct);
        if (scope.SeesNothing) return Result<PersonImportView>.From(Result.Forbidden());
        var fileName = command.FileName;
        if (command.AfterDryRun is { } dryRunId)
        {
            var dryRun = await db.Set<PersonImport>().AsNoTracking().VisibleTo(scope).SingleOrDefaultAsync(i => i.Id == dryRunId, ct);
            if (dryRun is null) return Result<PersonImportView>.From(Result.NotFound());
            if (!dryRun.DryRun || dryRun.Status != PersonImportStatuses.Succeeded)
                return Result<PersonImportView>.From(Result.Conflict("只有成功完成的试导入可以确认导入"));
            fileName = dryRun.FileName;
        }
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is not (".csv" or ".txt" or ".xlsx"))
            return Result<PersonImportView>.From(Result.Invalid("file", "只能导入 CSV（.csv）或 Excel（.xlsx）文件"));
        var job = new PersonImport
        {
            Id = Guid.CreateVersion7(), FileName = Path.GetFileName(fileName!)[..Math.Min(Path.GetFileName(fileName!).Length, 200)],
            DryRun = command.AfterDryRun is null && command.DryRun, By = user.UserName ?? "", OrgPath = scope.PathPrefix,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(job);
        await db.SaveChangesAsync(ct);
        return GetPersonImportHandler.View(job, null);
    }
}
