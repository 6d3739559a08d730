using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Identity;

namespace Shebao.Web.Pages.Admin;

public sealed class EditUserModel(ListUsersHandler list, SaveUserHandler save, ResetPasswordHandler reset, ListAccountChoicesHandler choices, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? OrgUnitCode { get; set; }
    [BindProperty] public bool Enabled { get; set; }

    public UserSummary? Current { get; private set; }
    public RoleAndUnitForm Form { get; private set; } = RoleAndUnitForm.Empty;
    public string? NewPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        FillFromCurrent();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var result = await save.HandleAsync(new SaveUserCommand(id, null, DisplayName, OrgUnitCode, Role, Enabled), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result, t);
            Form = Form with { Role = Role, OrgUnitCode = OrgUnitCode };
            return Page();
        }
        TempData["Flash"] = string.Format(t["账号 {0} 已保存；如角色、单位或状态有变，其现有登录已失效。"].Value, Current!.UserName);
        return RedirectToPage("/Admin/Users");
    }

    public async Task<IActionResult> OnPostResetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var result = await reset.HandleAsync(id, ct);
        if (!result.IsSuccess) return NotFound();
        NewPassword = result.Value;
        await LoadAsync(id, ct);
        FillFromCurrent();
        return Page();
    }

    private void FillFromCurrent()
    {
        DisplayName = Current!.DisplayName;
        Role = Current.Roles.Count > 0 ? Current.Roles[0] : null;
        OrgUnitCode = Current.OrgUnitCode;
        Enabled = Current.Enabled;
        Form = Form with { Role = Role, OrgUnitCode = OrgUnitCode };
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        Current = (await list.HandleAsync(ct)).Value?.SingleOrDefault(u => u.Id == id);
        Form = await RoleAndUnitForm.LoadAsync(choices, Role, OrgUnitCode, ct);
        return Current is not null;
    }
}
