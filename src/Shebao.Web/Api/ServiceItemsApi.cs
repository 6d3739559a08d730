using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.ServiceItems;

namespace Shebao.Web.Api;

public sealed record ServiceItemResponse(
    string Code, string Name, string Department, string Category, string Review, IReadOnlyList<string> AcceptingTiers,
    TimeLimit? TimeLimit, string TimeLimitText, bool TimeLimitToConfirm, IReadOnlyList<Material> Materials, IReadOnlyList<FormField> Fields,
    IReadOnlyList<string> LegalBasis, string? ReturnKind);

public static class ServiceItemsApi
{
    public static void MapServiceItemsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/service-items").WithTags("Service items");
        group.MapGet("/", (ServiceCatalogue catalogue) => Results.Ok(catalogue.Items.Select(ToResponse))).WithSummary("All 44 items in the seed's order");
        group.MapGet("/{code}", (string code, ServiceCatalogue catalogue, IStringLocalizer<SharedResource> t) =>
            catalogue.Find(code) is { } item ? Results.Ok(ToResponse(item)) : Results.Problem(title: t["未找到该服务事项"], statusCode: StatusCodes.Status404NotFound))
            .WithSummary("One item with its materials and form fields");
    }

    private static ServiceItemResponse ToResponse(ServiceItem i) => new(
        i.Code, i.Name, i.Department, i.Category, i.Review, i.AcceptingTiers, i.TimeLimit, i.TimeLimitText, i.TimeLimitToConfirm,
        i.Materials, i.Fields, i.LegalBasis, i.ReturnKind);
}
