using Shebao.Web.Security;

namespace Shebao.Web.Api;

public static class ApiSetup
{
    /// <summary>All machine endpoints under /api/v1, bearer-only (never the cookie, so no cross-site form can act through them).</summary>
    public static void MapShebaoApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.Api).AddEndpointFilter<BearerStampFilter>();
        api.MapAuthApi();
        api.MapUsersApi();
        api.MapOrgApi();
        api.MapServiceItemsApi();
        api.MapPersonsApi();
        api.MapCalculatorsApi();
        api.MapCasesApi();
        api.MapEmployersApi();
        api.MapCertificationsApi();
        api.MapCardsApi();
        api.MapProofsApi();
        api.MapQueriesApi();
        api.MapPersonImportApi();
    }
}
