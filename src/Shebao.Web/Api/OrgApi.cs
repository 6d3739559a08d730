using Shebao.Core.Modules.Organisations;

namespace Shebao.Web.Api;

public sealed record OrgUnitResponse(string Code, string Name, string Kind, string? ParentCode);

public static class OrgApi
{
    public static void MapOrgApi(this RouteGroupBuilder api) =>
        api.MapGet("/org-units", async (ListOrgUnitsHandler handler, CancellationToken ct) =>
                Results.Ok((await handler.HandleAsync(ct: ct)).Select(u => new OrgUnitResponse(u.Code, u.Name, u.Kind, u.ParentCode))))
            .WithTags("Organisation").WithSummary("The org units the caller can see");
}
