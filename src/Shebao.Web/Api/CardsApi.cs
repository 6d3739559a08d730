using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Cards;
using Shebao.Core.Modules.Printing;

namespace Shebao.Web.Api;

public sealed record SearchCardsRequest(string? IdNumber, string? CardNumber, Guid? PersonId);

public sealed record PinRequest(string? OldPin, string? NewPin, string? Pin);

public sealed record ReportLossRequest(string? Kind);

/// <summary>Non-primary fields may change; the primary ones are listed only so that sending one gets a clear 400.</summary>
public sealed record ChangeInfoRequest(string? Phone, string? Address, string? Postcode, string? Name, string? IdNumber, string? Gender, string? Ethnicity, string? BirthDate, string? Photo);

public sealed record ReplaceRequest(string? Reason, bool? CardHandedIn, string? Bank, string? Delivery, string? MailingAddress);

public sealed record CardApplicationRequest(
    string? IdNumber, string? Name, string? Bank, string? Delivery, string? MailingAddress, string? Photo, string? Phone, string? HouseholdAddress,
    string? ResidentialAddress, string? IdValidUntil, string? GuardianName, string? GuardianIdNumber, string? GuardianRelationship);

/// <summary>api.md "Social security cards": each operation returns the card and records a completed case.</summary>
public static class CardsApi
{
    public static void MapCardsApi(this RouteGroupBuilder api)
    {
        var cards = api.MapGroup("/cards").WithTags("Cards").RequireAuthorization(Security.Policies.CardWork);
        cards.MapPost("/search", async (SearchCardsRequest body, SearchCardsHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(new SearchCardsQuery(body.IdNumber, body.CardNumber, body.PersonId), ct)).ToHttp(t))
            .WithSummary("A person's cards by { idNumber }, { cardNumber } or { personId }, within scope");
        cards.MapGet("/{id:guid}", async (Guid id, GetCardStatusHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(t))
            .WithSummary("应用状态查询 (A2-26): the card, its applications and recent events (audited)");
        cards.MapGet("/{id:guid}/status.pdf", async (Guid id, PrintCardStatusHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(t, p => Results.File(p.Content, "application/pdf", p.FileName)))
            .WithSummary("社会保障卡应用状态证明 as PDF");
        cards.MapPost("/{id:guid}/activate", async (Guid id, PinRequest body, [FromHeader(Name = "Idempotency-Key")] string? key, CardOperationHandler h, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await h.HandleAsync(new CardOperationCommand(id, "activate", NewPin: body.NewPin ?? body.Pin, IdempotencyKey: key), ct)).ToHttp(t))
            .Problems(409).WithSummary("启用 (A1-15): { newPin }");
        cards.MapPost("/{id:guid}/report-loss", async (Guid id, ReportLossRequest body, [FromHeader(Name = "Idempotency-Key")] string? key, CardOperationHandler h, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await h.HandleAsync(new CardOperationCommand(id, "report-loss", Kind: body.Kind, IdempotencyKey: key), ct)).ToHttp(t))
            .Problems(409).WithSummary("挂失 (A1-16): { kind: temporary | formal }");
        cards.MapPost("/{id:guid}/cancel-loss", async (Guid id, [FromHeader(Name = "Idempotency-Key")] string? key, CardOperationHandler h, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await h.HandleAsync(new CardOperationCommand(id, "cancel-loss", IdempotencyKey: key), ct)).ToHttp(t))
            .Problems(409).WithSummary("解挂 (A1-16)");
        cards.MapPost("/{id:guid}/change-pin", async (Guid id, PinRequest body, [FromHeader(Name = "Idempotency-Key")] string? key, CardOperationHandler h, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await h.HandleAsync(new CardOperationCommand(id, "change-pin", OldPin: body.OldPin, NewPin: body.NewPin, IdempotencyKey: key), ct)).ToHttp(t))
            .Problems(409).WithSummary("密码修改 (A1-17): { oldPin, newPin }; a wrong old PIN → 400");
        cards.MapPost("/{id:guid}/reset-pin", async (Guid id, PinRequest body, [FromHeader(Name = "Idempotency-Key")] string? key, CardOperationHandler h, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await h.HandleAsync(new CardOperationCommand(id, "reset-pin", NewPin: body.NewPin, IdempotencyKey: key), ct)).ToHttp(t))
            .Problems(409).WithSummary("密码重置 (A1-17): { newPin }, identity checked at the counter");
        cards.MapPost("/{id:guid}/change-info", async (Guid id, ChangeInfoRequest body, [FromHeader(Name = "Idempotency-Key")] string? key, CardOperationHandler h, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                var primary = new (string Field, string? Value)[] { ("name", body.Name), ("idNumber", body.IdNumber), ("gender", body.Gender), ("ethnicity", body.Ethnicity), ("birthDate", body.BirthDate), ("photo", body.Photo) }
                    .Where(f => f.Value is not null).Select(f => f.Field).ToList();
                return (await h.HandleAsync(new CardOperationCommand(id, "change-info", Info: new ChangeCardInfoCommand(body.Phone, body.Address, body.Postcode, primary), IdempotencyKey: key), ct)).ToHttp(t);
            })
            .Problems(409).WithSummary("信息变更 (A1-18): { phone?, address?, postcode? }; primary fields → 400");
        cards.MapPost("/{id:guid}/replace", async (Guid id, ReplaceRequest body, [FromHeader(Name = "Idempotency-Key")] string? key, CardOperationHandler h, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await h.HandleAsync(new CardOperationCommand(id, "replace", Replace: new ReplaceCardCommand(body.Reason, body.CardHandedIn, body.Bank, body.Delivery, body.MailingAddress), IdempotencyKey: key), ct)).ToHttp(t))
            .Problems(409).WithSummary("补领换 (A2-25): { reason: lost | damaged | info-change | third-generation | expired, cardHandedIn? }; returns the new card");
        cards.MapPost("/{id:guid}/collect", async (Guid id, CollectCardHandler h, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await h.HandleAsync(id, ct)).ToHttp(t))
            .Problems(409).WithSummary("领卡: a ready card is handed over (→ unactivated); the card it replaces is cancelled");
        cards.MapPost("/batches", async (ExportCardBatchHandler h, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await h.HandleAsync(ct)).ToHttp(t, f => Results.File(f.Content, "text/csv; charset=utf-8", f.FileName)))
            .Problems(409).WithSummary("Export every applied card as a card-bureau batch file (CSV); they become producing");
        cards.MapPost("/batches/results", async (HttpRequest request, ImportCardResultsHandler h, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                string text;
                if (request.HasFormContentType && (await request.ReadFormAsync(ct)).Files is { Count: > 0 } files)
                {
                    using var reader = new StreamReader(files[0].OpenReadStream());
                    text = await reader.ReadToEndAsync(ct);
                }
                else
                {
                    using var reader = new StreamReader(request.Body);
                    text = await reader.ReadToEndAsync(ct);
                }
                return (await h.HandleAsync(text, ct)).ToHttp(t);
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(5 * 1024 * 1024))
            .WithSummary("Import the bureau's result file (text/csv body or multipart file); any bad row → 400 listing every line, nothing applied");

        api.MapPost("/card-applications", async (CardApplicationRequest b, [FromHeader(Name = "Idempotency-Key")] string? key, ApplyForCardHandler h, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await h.HandleAsync(new ApplyForCardCommand(b.IdNumber, b.Name, b.Bank, b.Delivery, b.MailingAddress, b.Photo, b.Phone, b.HouseholdAddress, b.ResidentialAddress,
                b.IdValidUntil, b.GuardianName, b.GuardianIdNumber, b.GuardianRelationship, key), ct)).ToHttp(t, v => Results.Created($"/api/v1/cards/{v.Id}", v)))
            .RequireAuthorization(Security.Policies.CardWork).WithTags("Cards")
            .Problems(409).WithSummary("申领 (A2-24): { idNumber, name, bank, delivery, photo, … }; unset fields come from the person's record");
    }
}
