using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Cases;

namespace Shebao.Web.Api;

public sealed record CreateCaseRequest(string? ItemCode, string? IdNumber, string? Name, FormDictionary? Form);

public sealed record CorrectCaseFormRequest(int? Version, Dictionary<string, string?>? Form);

public sealed record CaseActionRequest(int? Version, string? Comment, string? Reason, List<string>? MissingMaterials, string? ArchiveNo);

/// <summary>api.md "Cases": accept, list, read and act; every action returns the case as it now stands.</summary>
public static class CasesApi
{
    public static void MapCasesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(Security.Policies.CaseWork);
        group.MapPost("/", async (CreateCaseRequest body, [FromHeader(Name = "Idempotency-Key")] string? key, CreateCaseHandler create, GetCaseHandler get,
                IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                var created = await create.HandleAsync(new CreateCaseCommand(body.ItemCode, body.IdNumber, body.Name, body.Form, key), ct);
                if (!created.IsSuccess) return ResultHttp.Failure(created, t);
                var view = await get.HandleAsync(created.Value!.CaseId, ct);
                return view.ToHttp(t, v => Results.Created($"/api/v1/cases/{v.Id}", new { @case = v, lookupCode = created.Value.LookupCode, replayed = created.Value.Replayed }));
            })
            .Problems(409, 422).WithSummary("Accept an application (受理); requires an Idempotency-Key header");
        group.MapPost("/precheck", async (CreateCaseRequest body, PrecheckCaseHandler precheck, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await precheck.HandleAsync(new PrecheckCaseCommand(body.ItemCode, body.IdNumber, body.Name, body.Form), ct))
                .ToHttp(t, p => Results.Ok(new { p.ItemCode, p.Passed, p.BlocksAcceptance, p.Checks })))
            .Problems(409).WithSummary("受理前检查: the body of POST /cases → the item's checks, or the same field errors; creates nothing");
        group.MapGet("/", async (string? status, string? itemCode, string? orgUnitCode, bool? overdue, int? page, int? pageSize, ListCasesHandler handler,
                IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(new ListCasesQuery(status, itemCode, orgUnitCode, overdue, page ?? 1, pageSize ?? 20), ct)).ToHttp(t))
            .WithSummary("The caller's worklist: returned first, then nearest deadline");
        group.MapGet("/{id:guid}", async (Guid id, GetCaseHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(t))
            .WithSummary("One case with allowedActions, materials and history");
        group.MapPatch("/{id:guid}/form", async (Guid id, CorrectCaseFormRequest body, CorrectCaseFormHandler correct, GetCaseHandler get,
                IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                var result = await correct.HandleAsync(new CorrectCaseFormCommand(id, body.Version, body.Form), ct);
                if (!result.IsSuccess) return ResultHttp.Failure(result, t);
                return (await get.HandleAsync(id, ct)).ToHttp(t);
            })
            .Problems(409).WithSummary("Correct the form (修改申请表): { version, form: { changed fields } }; the accepting clerk, while accepted or returned");
        group.MapPost("/{id:guid}/attachments", async (Guid id, IFormFile? file, [FromForm] string? materialCode, AddCaseAttachmentHandler attach,
                IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0) return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [t["请选择要上传的扫描件或照片"]] });
                await using var stream = file.OpenReadStream();
                return (await attach.HandleAsync(new AddCaseAttachmentCommand(id, materialCode, file.FileName, stream, file.Length), ct))
                    .ToHttp(t, a => Results.Created($"/api/v1/cases/{id}/attachments/{a.Id}", new { a.Id, a.MaterialCode, a.FileName, a.Size, a.Sha256 }));
            })
            // Bearer-only API: a cross-site form cannot carry the token, so antiforgery adds nothing here.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(11 * 1024 * 1024))
            .Problems(409).WithSummary("Upload a scan (multipart: file, materialCode); JPEG, PNG or PDF, checked by content");
        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, bool? thumbnail, GetCaseAttachmentHandler handler,
                IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(id, attachmentId, thumbnail == true, ct)).ToHttp(t, f =>
                thumbnail == true ? Results.File(f.Content, f.ContentType) : Results.File(f.Content, f.ContentType, f.FileName)))
            .Problems(409).WithSummary("Download a scan (as an attachment; its SHA-256 is re-checked)");
        group.MapGet("/{id:guid}/papers/{kind}", async (Guid id, string kind, Shebao.Core.Modules.Printing.PrintCasePaperHandler papers, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await papers.HandleAsync(id, kind, ct)).ToHttp(t, p => Results.File(p.Content, "application/pdf", p.FileName)))
            .Problems(409).WithSummary("receipt (受理回执), notice (一次性告知书) or refusal (不予受理/审核不通过告知书) as PDF");
        group.MapPost("/{id:guid}/{action}", async (Guid id, string action, CaseActionRequest body, ActOnCaseHandler act, GetCaseHandler get,
                IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                var result = await act.HandleAsync(new CaseActionCommand(id, action, body.Version, body.Comment, body.Reason, body.MissingMaterials, body.ArchiveNo), ct);
                if (!result.IsSuccess) return ResultHttp.Failure(result, t);
                return (await get.HandleAsync(id, ct)).ToHttp(t);
            })
            .Problems(409).WithSummary("submit, approve, return, resubmit, reject, withdraw or archive");
    }
}
