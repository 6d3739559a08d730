using System.Security.Claims;
using System.Threading.Channels;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Results;

namespace Shebao.Web.Hosting;

/// <summary>A queued person import: the job, its kept file, and who started it (the handler scopes and signs as them).</summary>
public sealed record PersonImportWork(Guid Id, string FilePath, bool KeepFile, ClaimsPrincipal User);

/// <summary>The uploads of person imports, kept in the data folder until run (a dry run's until it is confirmed), and the background queue.</summary>
public sealed class PersonImportQueue(DataFolder folder)
{
    private readonly Channel<PersonImportWork> channel = Channel.CreateUnbounded<PersonImportWork>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<PersonImportWork> Reader => channel.Reader;

    public string FileOf(Guid id)
    {
        var dir = Path.Combine(folder.Path, "imports");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, id.ToString("N") + ".upload");
    }

    public ValueTask EnqueueAsync(PersonImportWork work, CancellationToken ct) => channel.Writer.WriteAsync(work, ct);
}

/// <summary>Starts an import from an upload (or a confirmed dry run): small files run in the request, large ones in the background.</summary>
public sealed class PersonImports(StartPersonImportHandler start, RunPersonImportHandler run, PersonImportQueue queue, IHttpContextAccessor http)
{
    /// <summary>About 10,000 lines: below this a file is done before the answer, above it the answer is the progress resource.</summary>
    public const long InlineBytes = 1024 * 1024;

    public async Task<Result<PersonImportView>> StartAsync(Stream? upload, string? fileName, bool dryRun, Guid? afterDryRun, CancellationToken ct)
    {
        var started = await start.HandleAsync(new StartPersonImportCommand(fileName, dryRun, afterDryRun), ct);
        if (!started.IsSuccess) return started;
        var job = started.Value!;
        var path = queue.FileOf(job.Id);
        if (afterDryRun is { } previous)
        {
            if (!File.Exists(queue.FileOf(previous))) return Result<PersonImportView>.From(Result.Conflict("试导入的文件已不在，请重新上传"));
            File.Move(queue.FileOf(previous), path);
        }
        else
        {
            await using var file = File.Create(path);
            await upload!.CopyToAsync(file, ct);
        }
        if (new FileInfo(path).Length > InlineBytes)
        {
            await queue.EnqueueAsync(new PersonImportWork(job.Id, path, job.DryRun, http.HttpContext!.User), ct);
            return job;
        }
        try
        {
            await using var content = File.OpenRead(path);
            return await run.HandleAsync(job.Id, content, ct);
        }
        finally
        {
            if (!job.DryRun) File.Delete(path);
        }
    }
}

/// <summary>Runs queued person imports one at a time, each in its own scope as the user who started it.</summary>
public sealed class PersonImportWorker(PersonImportQueue queue, IServiceScopeFactory scopes, ILogger<PersonImportWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
            accessor.HttpContext = new DefaultHttpContext { User = work.User, RequestServices = scope.ServiceProvider };
            try
            {
                await using var content = File.OpenRead(work.FilePath);
                await scope.ServiceProvider.GetRequiredService<RunPersonImportHandler>().HandleAsync(work.Id, content, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The job row says failed; the log names the job and the kind of fault, never a value of the file.
                log.LogError("Person import {Id} failed: {Kind}", work.Id, e.GetType().Name);
            }
            finally
            {
                accessor.HttpContext = null;
                if (!work.KeepFile) File.Delete(work.FilePath);
            }
        }
    }
}
