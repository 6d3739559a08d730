using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.Resident;
using Shebao.Web.Security;

namespace Shebao.Web.Api;

public sealed record PersonSearchRequest(string? IdNumber, string? Name, int? Page, int? PageSize);

public sealed record RevealRequest(string? Reason);

public sealed record ContributionReceivedRequest(int? Year, DateOnly? ReceivedOn);

public static class PersonsApi
{
    public static void MapPersonsApi(this RouteGroupBuilder api)
    {
        // Personal data never travels in a URL: look-ups are POSTs with a JSON body.
        var group = api.MapGroup("/persons").WithTags("Persons").RequireAuthorization(Policies.PersonData);
        group.MapPost("/search", async (PersonSearchRequest body, SearchPersonsHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(new SearchPersonsQuery(body.IdNumber, body.Name, body.Page ?? 1, body.PageSize ?? 20), ct)).ToHttp(t))
            .WithSummary("Exact ID number or name search, within the caller's area; results masked");
        group.MapGet("/{id:guid}", async (Guid id, GetPersonHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(t))
            .WithSummary("One person, identifiers masked");
        group.MapPost("/{id:guid}/reveal", async (Guid id, RevealRequest body, RevealPersonHandler handler, HttpContext http, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return (await handler.HandleAsync(new RevealPersonCommand(id, body.Reason), ct)).ToHttp(t);
            })
            .WithSummary("Full identifiers, with a reason; audited");
        group.MapPost("/{id:guid}/contributions/received", async (Guid id, ContributionReceivedRequest body, RecordContributionReceiptHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(new ContributionReceipt(id, body.Year, body.ReceivedOn), ct)).ToHttp(t))
            .Problems(409).WithSummary("居保中心: a declared 城居保 contribution reached the fund (到账); credits the personal account");
    }
}
