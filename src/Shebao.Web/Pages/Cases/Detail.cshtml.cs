using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Results;

namespace Shebao.Web.Pages.Cases;

/// <summary>One case: form, materials with uploads, the actions the workflow allows this user now, and the history.</summary>
[RequestSizeLimit(11 * 1024 * 1024)]
public sealed class CaseDetailModel(GetCaseHandler get, ActOnCaseHandler actOnCase, AddCaseAttachmentHandler attach, GetCaseAttachmentHandler file,
    CorrectCaseFormHandler correctForm, ServiceCatalogue catalogue, Shebao.Core.Modules.Printing.PrintCasePaperHandler papers, GetPersonHandler getPerson,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public CaseView? Case { get; private set; }

    /// <summary>The item's fields with their options and required flags, for the 修改申请表 form.</summary>
    public ServiceItem? Item { get; private set; }

    /// <summary>The values the clerk last posted to 修改申请表, shown again beside the errors.</summary>
    public Dictionary<string, string?>? PostedForm { get; private set; }

    /// <summary>Identifier fields are shown masked and left empty for editing: an empty one keeps its stored value.</summary>
    public static bool IsIdentifier(string type) => type is "idNumber" or "phone" or "bankAccount";

    /// <summary>The applicant's record while the case is open, so the clerk can explain the policy; null outside the clerk's area.</summary>
    public PersonDetail? Person { get; private set; }

    /// <summary>The workflow table decides (the same question the upload handler asks).</summary>
    public bool CanUpload => Case?.MayAttach == true;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, string? act, int? version, string? comment, string? reason, List<string>? missingMaterials, string? archiveNo, CancellationToken ct)
    {
        var result = await actOnCase.HandleAsync(new CaseActionCommand(id, act, version, comment, reason, missingMaterials, archiveNo), ct);
        if (result.Kind == ResultKind.NotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result, t);
            return await LoadAsync(id, ct) ?? Page();
        }
        TempData["Flash"] = string.Format(t["已{0}"].Value, t[CaseActions.Label(act ?? "")].Value);
        return RedirectToPage("/Cases/Detail", new { id });
    }

    /// <summary>修改申请表: every field is posted; an identifier left empty keeps its stored value, any other empty field is cleared.</summary>
    public async Task<IActionResult> OnPostFormAsync(Guid id, int? version, Dictionary<string, string?>? form, CancellationToken ct)
    {
        form ??= [];
        var loaded = await get.HandleAsync(id, ct);
        if (!loaded.IsSuccess) return NotFound();
        var types = loaded.Value!.Form.ToDictionary(f => f.Key, f => f.Type);
        var changes = form.Where(kv => !(IsIdentifier(types.GetValueOrDefault(kv.Key, "")) && string.IsNullOrWhiteSpace(kv.Value)))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        var result = await correctForm.HandleAsync(new CorrectCaseFormCommand(id, version, changes), ct);
        if (result.Kind == ResultKind.NotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result, t);
            PostedForm = form;
            return await LoadAsync(id, ct) ?? Page();
        }
        TempData["Flash"] = t["申请表已修改"].Value;
        return RedirectToPage("/Cases/Detail", new { id });
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, string? materialCode, IFormFile? upload, CancellationToken ct)
    {
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError("file", t["请选择要上传的扫描件或照片"]);
            return await LoadAsync(id, ct) ?? Page();
        }
        await using var stream = upload.OpenReadStream();
        var result = await attach.HandleAsync(new AddCaseAttachmentCommand(id, materialCode, upload.FileName, stream, upload.Length), ct);
        if (result.Kind == ResultKind.NotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result, t);
            return await LoadAsync(id, ct) ?? Page();
        }
        TempData["Flash"] = t["材料已上传"].Value;
        return RedirectToPage("/Cases/Detail", new { id });
    }

    /// <summary>Downloads are attachments with nosniff (set globally), never rendered as HTML by the browser.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid attachmentId, bool thumbnail, CancellationToken ct)
    {
        var result = await file.HandleAsync(id, attachmentId, thumbnail, ct);
        if (!result.IsSuccess) return NotFound();
        var f = result.Value!;
        return thumbnail ? File(f.Content, f.ContentType) : File(f.Content, f.ContentType, f.FileName);
    }

    /// <summary>受理回执, 一次性告知书 or 不予受理告知书 as a PDF.</summary>
    public async Task<IActionResult> OnGetPaperAsync(Guid id, string? kind, CancellationToken ct)
    {
        var result = await papers.HandleAsync(id, kind, ct);
        if (!result.IsSuccess) return NotFound();
        return File(result.Value!.Content, "application/pdf", result.Value.FileName);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var result = await get.HandleAsync(id, ct);
        if (!result.IsSuccess) return NotFound();
        Case = result.Value;
        Item = catalogue.Find(Case!.ItemCode);
        if (Case!.Status is CaseStatuses.Accepted or CaseStatuses.Returned or CaseStatuses.Submitted)
        {
            var person = await getPerson.HandleAsync(Case.Person.Id, ct);
            Person = person.IsSuccess ? person.Value : null;
        }
        return null;
    }
}
