using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Cards;
using Shebao.Core.Modules.Printing;
using Shebao.Core.Platform.Results;

namespace Shebao.Web.Pages.Cards;

/// <summary>
/// One card at the counter: its status, applications and events, and one small form per operation the status
/// allows. PIN fields are never written back into the page.
/// </summary>
public sealed class CardCounterModel(GetCardStatusHandler status, CardOperationHandler counter, CollectCardHandler collect, PrintCardStatusHandler print,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public CardView? Card { get; private set; }

    public bool Can(string operation) => Card?.AllowedOperations.Contains(operation) == true;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostActivateAsync(Guid id, string? newPin, string? key, CancellationToken ct) =>
        DoneAsync(id, counter.HandleAsync(new CardOperationCommand(id, "activate", NewPin: newPin, IdempotencyKey: key), ct), "启用", ct);

    public Task<IActionResult> OnPostLossAsync(Guid id, string? kind, string? key, CancellationToken ct) =>
        DoneAsync(id, counter.HandleAsync(new CardOperationCommand(id, "report-loss", Kind: kind, IdempotencyKey: key), ct), kind == "formal" ? "正式挂失" : "临时挂失", ct);

    public Task<IActionResult> OnPostCancelLossAsync(Guid id, string? key, CancellationToken ct) =>
        DoneAsync(id, counter.HandleAsync(new CardOperationCommand(id, "cancel-loss", IdempotencyKey: key), ct), "解挂", ct);

    public Task<IActionResult> OnPostChangePinAsync(Guid id, string? oldPin, string? newPin, string? key, CancellationToken ct) =>
        DoneAsync(id, counter.HandleAsync(new CardOperationCommand(id, "change-pin", OldPin: oldPin, NewPin: newPin, IdempotencyKey: key), ct), "密码修改", ct);

    public Task<IActionResult> OnPostResetPinAsync(Guid id, string? newPin, string? key, CancellationToken ct) =>
        DoneAsync(id, counter.HandleAsync(new CardOperationCommand(id, "reset-pin", NewPin: newPin, IdempotencyKey: key), ct), "密码重置", ct);

    public Task<IActionResult> OnPostChangeInfoAsync(Guid id, string? phone, string? address, string? postcode, string? key, CancellationToken ct) =>
        DoneAsync(id, counter.HandleAsync(new CardOperationCommand(id, "change-info", Info: new ChangeCardInfoCommand(phone, address, postcode), IdempotencyKey: key), ct), "信息变更", ct);

    public Task<IActionResult> OnPostReplaceAsync(Guid id, string? reason, bool cardHandedIn, string? bank, string? delivery, string? mailingAddress, string? key, CancellationToken ct) =>
        DoneAsync(id, counter.HandleAsync(new CardOperationCommand(id, "replace", Replace: new ReplaceCardCommand(reason, cardHandedIn, bank, delivery, mailingAddress), IdempotencyKey: key), ct), "补领换", ct);

    public Task<IActionResult> OnPostCollectAsync(Guid id, CancellationToken ct) =>
        DoneAsync(id, collect.HandleAsync(id, ct), "领卡", ct);

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        var result = await print.HandleAsync(id, ct);
        return result.IsSuccess ? File(result.Value!.Content, "application/pdf", result.Value.FileName) : NotFound();
    }

    private async Task<IActionResult> DoneAsync(Guid id, Task<Result<CardView>> operation, string label, CancellationToken ct)
    {
        var result = await operation;
        if (result.Kind == ResultKind.NotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result, t);
            return await LoadAsync(id, ct) ?? Page();
        }
        var card = result.Value!;
        TempData["Flash"] = card.CaseNumber is { } number
            ? string.Format(t["已办理“{0}”，办件编号 {1}（即办办结）"].Value, t[label].Value, number)
            : string.Format(t["已办理“{0}”"].Value, t[label].Value);
        return RedirectToPage("/Cards/Card", new { id = card.Id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var result = await status.HandleAsync(id, ct);
        if (!result.IsSuccess) return NotFound();
        Card = result.Value;
        return null;
    }
}
