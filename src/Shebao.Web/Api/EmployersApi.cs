using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Employers;
using Shebao.Web.Security;

namespace Shebao.Web.Api;

public static class EmployersApi
{
    public static void MapEmployersApi(this RouteGroupBuilder api)
    {
        // Rolls name employees, so the same roles as person data; an employer outside the caller's area is a 404.
        var group = api.MapGroup("/employers").WithTags("Employers").RequireAuthorization(Policies.PersonData);
        group.MapGet("/", async (string? q, int? page, int? pageSize, ListEmployersHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(new ListEmployersQuery(q, page ?? 1, pageSize ?? 20), ct)).ToHttp(t))
            .WithSummary("Employers registered in the caller's area; q matches the name, credit code or 单位编号");
        group.MapGet("/{id:guid}", async (Guid id, GetEmployerHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(t))
            .WithSummary("One employer with its contribution roll (masked IDs) and its latest additions and removals");
    }
}
