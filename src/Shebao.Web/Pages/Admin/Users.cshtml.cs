using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Identity;

namespace Shebao.Web.Pages.Admin;

public sealed class UsersModel(ListUsersHandler list, SaveUserHandler save, ListAccountChoicesHandler choices, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? OrgUnitCode { get; set; }

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];
    public RoleAndUnitForm Form { get; private set; } = RoleAndUnitForm.Empty;
    public SavedUser? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        var result = await save.HandleAsync(new SaveUserCommand(null, UserName, DisplayName, OrgUnitCode, Role), ct);
        if (result.IsSuccess)
        {
            Created = result.Value;
            UserName = DisplayName = Role = OrgUnitCode = null;
            ModelState.Clear();
        }
        else
        {
            ModelState.AddErrors(result, t);
        }
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = (await list.HandleAsync(ct)).Value ?? [];
        Form = await RoleAndUnitForm.LoadAsync(choices, Role, OrgUnitCode, ct);
    }
}
