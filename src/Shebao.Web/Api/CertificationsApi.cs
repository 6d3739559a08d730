using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Certification;

namespace Shebao.Web.Api;

public sealed record SuggestSuspensionsRequest(int? GraceMonths);

public sealed record ConfirmSuspensionsRequest(List<Guid>? BeneficiaryIds, int? GraceMonths, string? Remarks);

public sealed record ResolveSuspectedDeathRequest(string? Outcome, string? Remarks);

/// <summary>api.md "Certification": due lists, the centres' list import, suggested suspensions and the suspected-death follow-up.</summary>
public static class CertificationsApi
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapCertificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/certifications").WithTags("Certification").RequireAuthorization(Security.Policies.Certification);
        group.MapGet("/due", async (string? orgUnitCode, string? scheme, string? bucket, int? page, int? pageSize, ListDueHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(new DueQuery(orgUnitCode, scheme, bucket, page ?? 1, pageSize ?? 20), ct)).ToHttp(t))
            .WithSummary("Persons due this month, next month, overdue or paused for not certifying, within the caller's area (a reviewer: their centre's scheme)");
        group.MapGet("/due.xlsx", async (string? orgUnitCode, string? scheme, string? bucket, ListDueHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.ExportAsync(new DueQuery(orgUnitCode, scheme, bucket), ct)).ToHttp(t, bytes => Results.File(bytes, XlsxType, "certification-due.xlsx")))
            .WithSummary("The same list as an Excel workbook for home-visit planning; audited");
        group.MapPost("/due/{id:guid}/case", async (Guid id, [FromHeader(Name = "Idempotency-Key")] string? key, StartCertificationCaseHandler start,
                Shebao.Core.Modules.Cases.GetCaseHandler get, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                var started = await start.HandleAsync(new StartCertificationCaseCommand(id, key), ct);
                if (!started.IsSuccess) return ResultHttp.Failure(started, t);
                var view = await get.HandleAsync(started.Value!.CaseId, ct);
                return view.ToHttp(t, v => started.Value.Existing ? Results.Ok(new { @case = v, existing = true })
                    : Results.Created($"/api/v1/cases/{v.Id}", new { @case = v, existing = false }));
            })
            // No extra policy: 受理 itself refuses a role that may not accept A1-02/A1-14 (403).
            .WithSummary("办理认证: open A1-02/A1-14 for a due-list row (its id), the form filled in from the list; Idempotency-Key required; an open case of the person → 200 with it");
        group.MapPost("/import", async (IFormFile? file, ImportBeneficiariesHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0) return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [t["请选择CSV文件"]] });
                using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
                return (await handler.HandleAsync(reader, ct)).ToHttp(t);
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(5 * 1024 * 1024))
            .WithSummary("A centre's beneficiary list (CSV); all lines checked first, any error → nothing applied, line-numbered report");
        group.MapPost("/suspensions/suggested", async (SuggestSuspensionsRequest body, SuggestSuspensionsHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(body.GraceMonths ?? SuggestSuspensionsHandler.DefaultGraceMonths, ct)).ToHttp(t))
            .WithSummary("The monthly job: people overdue beyond the grace period, as suggestions (never paused by this call)");
        group.MapPost("/suspensions/confirm", async (ConfirmSuspensionsRequest body, ConfirmSuspensionsHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(new ConfirmSuspensionsCommand(body.BeneficiaryIds, body.GraceMonths ?? SuggestSuspensionsHandler.DefaultGraceMonths, body.Remarks), ct)).ToHttp(t))
            .Problems(409).WithSummary("The centre confirms suggested suspensions: paused with reason 1201 from the month after the due month");
        group.MapPost("/deaths/import", async (IFormFile? file, [FromForm] string? source, ImportDeathRecordsHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0) return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [t["请选择CSV文件"]] });
                using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
                return (await handler.HandleAsync(reader, source, ct)).ToHttp(t);
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(5 * 1024 * 1024))
            .WithSummary("Death records (CSV 身份证号码,姓名,死亡日期,来源): matches with people still receiving become village follow-ups");
        group.MapGet("/deaths", async (bool? all, ListSuspectedDeathsHandler handler, CancellationToken ct) =>
            Results.Ok(await handler.HandleAsync(all != true, ct)))
            .WithSummary("Suspected deaths to follow up, within the caller's area");
        group.MapPost("/deaths/{id:guid}/resolve", async (Guid id, ResolveSuspectedDeathRequest body, ResolveSuspectedDeathHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(new ResolveSuspectedDeathCommand(id, body.Outcome, body.Remarks), ct)).ToHttp(t))
            .Problems(409, 422).WithSummary("alive (with how it was checked) or deceased (the benefit terminates from the month after death)");
    }
}
