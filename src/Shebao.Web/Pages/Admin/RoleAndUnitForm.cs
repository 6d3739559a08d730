using Shebao.Core.Modules.Identity;

namespace Shebao.Web.Pages.Admin;

/// <summary>The role and unit selects of the account forms, with the choices Identity offers.</summary>
public sealed record RoleAndUnitForm(string? Role, string? OrgUnitCode, AccountChoices Choices)
{
    public static readonly RoleAndUnitForm Empty = new(null, null, new AccountChoices([], []));

    public static async Task<RoleAndUnitForm> LoadAsync(ListAccountChoicesHandler choices, string? role, string? orgUnitCode, CancellationToken ct) =>
        new(role, orgUnitCode, (await choices.HandleAsync(ct)).Value ?? Empty.Choices);
}
