using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Persons;
using Shebao.Web.Hosting;

namespace Shebao.Web.Api;

/// <summary>Person import (人员导入) and its progress resource; for the district administrator and the 居保中心.</summary>
public static class PersonImportApi
{
    /// <summary>1,000,000 persons are about 120 MB of CSV.</summary>
    public const long MaxBytes = 200L * 1024 * 1024;

    public static void MapPersonImportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Person import").RequireAuthorization(Security.Policies.PersonImport);
        group.MapGet("/persons/import/template.csv", () => Results.File(PersonImportFile.TemplateCsv(), "text/csv", "persons.csv"))
            .WithSummary("An empty CSV with the import's header (required columns marked *)");
        group.MapPost("/persons/import", async (IFormFile? file, [FromQuery] bool? dryRun, PersonImports imports, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0) return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [t["请选择要导入的 CSV 或 Excel 文件"]] });
                await using var stream = file.OpenReadStream();
                return Answer(await imports.StartAsync(stream, file.FileName, dryRun ?? false, null, ct), t);
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBytes))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxBytes })
            .WithSummary("A person file (CSV or .xlsx; ?dryRun=true only counts): 200 done, 202 running in the background (Location: the progress resource), 422 with every bad line and nothing changed");
        group.MapGet("/imports/{id:guid}", async (Guid id, GetPersonImportHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(t))
            .WithSummary("An import's progress: status (queued, running, succeeded, failed), processed of total, counts (new, changed, unchanged), line errors");
        group.MapPost("/imports/{id:guid}/commit", async (Guid id, PersonImports imports, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            Answer(await imports.StartAsync(null, null, false, id, ct), t))
            .WithSummary("Imports the file of a successful dry run (a new import resource); 409 when the dry run did not succeed");
    }

    private static IResult Answer(Shebao.Core.Platform.Results.Result<PersonImportView> result, IStringLocalizer<SharedResource> t) =>
        result.ToHttp(t, v => v.Status switch
        {
            PersonImportStatuses.Succeeded => Results.Ok(v),
            PersonImportStatuses.Failed => Results.Json(v, statusCode: StatusCodes.Status422UnprocessableEntity),
            _ => Results.Accepted($"/api/v1/imports/{v.Id}", v),
        });
}
