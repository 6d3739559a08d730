using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Cards;

namespace Shebao.Web.Pages.Cards;

/// <summary>申领 (A2-24): the application form; empty fields are taken from the person's record.</summary>
public sealed class CardApplyModel(ApplyForCardHandler apply, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string? IdNumber { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Bank { get; set; }
    [BindProperty] public string Delivery { get; set; } = "pickup";
    [BindProperty] public string? MailingAddress { get; set; }
    [BindProperty] public string Photo { get; set; } = "standard";
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? ResidentialAddress { get; set; }
    [BindProperty] public string? GuardianName { get; set; }
    [BindProperty] public string? GuardianIdNumber { get; set; }
    [BindProperty] public string? GuardianRelationship { get; set; }
    [BindProperty] public string Key { get; set; } = Guid.NewGuid().ToString();

    public static readonly IReadOnlyList<string> Banks = ["中国农业银行", "中国工商银行", "中国建设银行", "中国银行", "中国邮政储蓄银行", "徽商银行", "安徽叶集农村商业银行"];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await apply.HandleAsync(new ApplyForCardCommand(IdNumber, Name, Bank, Delivery, MailingAddress, Photo, Phone, null, ResidentialAddress, null,
            GuardianName, GuardianIdNumber, GuardianRelationship, Key), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result, t);
            return Page();
        }
        TempData["Flash"] = string.Format(t["已受理社会保障卡申领，申领编号 {0}，进入制卡"].Value, result.Value!.ApplicationNo);
        return RedirectToPage("/Cards/Card", new { id = result.Value.Id });
    }
}
