using Shebao.Core.Platform.Security;
using System.Security.Claims;

namespace Shebao.Web.Security;

/// <summary>The acting user, read from the authenticated principal of the current request.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } p ? p : null;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => Principal?.FindFirstValue(ClaimTypes.Name);
    public string? OrgUnitCode => Principal?.FindFirstValue(ShebaoClaims.OrgUnit);
    public IReadOnlyCollection<string> Roles => Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];
    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
