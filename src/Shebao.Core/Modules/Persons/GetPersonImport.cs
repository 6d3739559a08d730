using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Persons;

/// <summary>GET /imports/{id}: status, processed of total, counts and line errors; a running job's progress comes from memory.</summary>
public sealed class GetPersonImportHandler(AppDbContext db, CurrentScope currentScope, PersonImportProgress progress)
{
    public async Task<Result<PersonImportView>> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var job = await db.Set<PersonImport>().AsNoTracking().VisibleTo(await currentScope.GetAsync(ct)).SingleOrDefaultAsync(i => i.Id == id, ct);
        return job is null ? Result<PersonImportView>.From(Result.NotFound()) : View(job, progress.Of(id));
    }

    internal static PersonImportView View(PersonImport job, (int Processed, int Total)? live)
    {
        var errors = job.Errors is null ? [] : JsonSerializer.Deserialize<List<PersonImportError>>(job.Errors) ?? [];
        var (processed, total) = job.Status == PersonImportStatuses.Running && live is { } p ? p : (job.Processed, job.Total);
        var message = job.Status switch
        {
            PersonImportStatuses.Failed when job.ErrorCount > 0 => $"导入失败，未作任何更改：{job.ErrorCount}处错误，请按行号更正后重新导入",
            PersonImportStatuses.Failed => "导入失败，未作任何更改：文件无法读取或写入时出错，请重新导入",
            PersonImportStatuses.Succeeded when job.DryRun => $"试导入完成（未作更改）：新增{job.New}人，变更{job.Changed}人，无变化{job.Unchanged}人",
            PersonImportStatuses.Succeeded => $"导入完成：新增{job.New}人，变更{job.Changed}人，无变化{job.Unchanged}人",
            _ => null,
        };
        return new PersonImportView(job.Id, "persons", job.FileName, job.DryRun, job.Status, processed, total,
            new PersonImportCounts(job.New, job.Changed, job.Unchanged), job.ErrorCount, errors, message, job.CreatedAt, job.FinishedAt);
    }
}
