namespace Shebao.Core.Platform.Security;

/// <summary>Who is acting. Injected so Core never reads the web request; tests supply their own.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string? UserName { get; }
    string? OrgUnitCode { get; }
    IReadOnlyCollection<string> Roles { get; }
    string? IpAddress { get; }
    bool IsAuthenticated => UserId is not null;
    bool IsInRole(string role) => Roles.Contains(role);
}

/// <summary>A fixed user: command-line tools, seeding and tests.</summary>
public sealed record FixedCurrentUser(string? UserId, string? UserName, string? OrgUnitCode, IReadOnlyCollection<string> Roles, string? IpAddress = null) : ICurrentUser
{
    public static FixedCurrentUser System { get; } = new("system", "system", "341504", [RoleNames.DistrictAdmin], "127.0.0.1");
}
