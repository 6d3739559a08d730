using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cards;

public sealed record CardOperationCommand(Guid CardId, string Operation, string? Kind = null, string? OldPin = null, string? NewPin = null,
    ChangeCardInfoCommand? Info = null, ReplaceCardCommand? Replace = null, string? IdempotencyKey = null);

public sealed record ChangeCardInfoCommand(string? Phone, string? Address, string? Postcode, IReadOnlyCollection<string>? PrimaryFieldsGiven = null);

public sealed record ReplaceCardCommand(string? Reason, bool? CardHandedIn, string? Bank, string? Delivery, string? MailingAddress);

/// <summary>
/// The counter's card operations (the API path names: activate, report-loss, cancel-loss, change-pin, reset-pin, change-info, replace), starting from a card the caller can see. Each gives the early answers the
/// API promises (404 out of scope, 409 illegal move, 400 PIN and field errors, wrong old PINs counted), then
/// records the operation as an instant case: <see cref="CardRules"/> re-checks and moves the card in the
/// case's transaction.
/// </summary>
public sealed class CardOperationHandler(AppDbContext db, CardReader reader, CreateCaseHandler createCase, CardSecrets secrets, CardPins pins,
    CardOptions options, ICryptoProvider crypto, AuditTrail audit, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> PrimaryFields = ["name", "idNumber", "gender", "ethnicity", "birthDate", "photo"];

    public Task<Result<CardView>> HandleAsync(CardOperationCommand c, CancellationToken ct = default) => c.Operation switch
    {
        "activate" => ActivateAsync(c.CardId, c.NewPin, c.IdempotencyKey, ct),
        "report-loss" => ReportLossAsync(c.CardId, c.Kind, c.IdempotencyKey, ct),
        "cancel-loss" => CancelLossAsync(c.CardId, c.IdempotencyKey, ct),
        "change-pin" => ChangePinAsync(c.CardId, c.OldPin, c.NewPin, c.IdempotencyKey, ct),
        "reset-pin" => ResetPinAsync(c.CardId, c.NewPin, c.IdempotencyKey, ct),
        "change-info" => ChangeInfoAsync(c.CardId, c.Info ?? new ChangeCardInfoCommand(null, null, null), c.IdempotencyKey, ct),
        "replace" => ReplaceAsync(c.CardId, c.Replace ?? new ReplaceCardCommand(null, null, null, null, null), c.IdempotencyKey, ct),
        _ => Task.FromResult(Result<CardView>.From(Result.NotFound())),
    };

    private Task<Result<CardView>> ActivateAsync(Guid cardId, string? newPin, string? key, CancellationToken ct) =>
        RunAsync(cardId, CardOperations.Activate, CardRules.Activate, _ => [], newPin: newPin, key: key, ct: ct);

    private Task<Result<CardView>> ReportLossAsync(Guid cardId, string? kind, string? key, CancellationToken ct) => kind switch
    {
        "temporary" => RunAsync(cardId, CardOperations.ReportTemporaryLoss, CardRules.Loss, _ => new() { ["operation"] = "temporary" }, key: key, ct: ct),
        "formal" => RunAsync(cardId, CardOperations.ReportFormalLoss, CardRules.Loss, _ => new() { ["operation"] = "formal" }, key: key, ct: ct),
        _ => Task.FromResult(Result<CardView>.From(Result.Invalid("kind", "挂失类型应为临时挂失（temporary）或正式挂失（formal）"))),
    };

    private Task<Result<CardView>> CancelLossAsync(Guid cardId, string? key, CancellationToken ct) =>
        RunAsync(cardId, CardOperations.CancelLoss, CardRules.Loss, _ => new() { ["operation"] = "cancel" }, key: key, ct: ct);

    private Task<Result<CardView>> ChangePinAsync(Guid cardId, string? oldPin, string? newPin, string? key, CancellationToken ct) =>
        RunAsync(cardId, CardOperations.ChangePin, CardRules.Pin, _ => new() { ["operation"] = "change" }, oldPin: oldPin ?? "", newPin: newPin, key: key, ct: ct);

    private Task<Result<CardView>> ResetPinAsync(Guid cardId, string? newPin, string? key, CancellationToken ct) =>
        RunAsync(cardId, CardOperations.ResetPin, CardRules.Pin, _ => new() { ["operation"] = "reset" }, newPin: newPin, key: key, ct: ct);

    private Task<Result<CardView>> ChangeInfoAsync(Guid cardId, ChangeCardInfoCommand c, string? key, CancellationToken ct)
    {
        if (c.PrimaryFieldsGiven is { Count: > 0 } primary)
            return Task.FromResult(Result<CardView>.From(Result.Invalid(primary.First(), "姓名、社会保障号码、性别、民族、出生日期、照片等主要信息不能在此变更，须办理补领换（换卡）")));
        var form = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(c.Phone)) form["phone"] = c.Phone.Trim();
        if (!string.IsNullOrWhiteSpace(c.Address)) form["address"] = c.Address.Trim();
        if (!string.IsNullOrWhiteSpace(c.Postcode)) form["postcode"] = c.Postcode.Trim();
        if (form.Count == 0) return Task.FromResult(Result<CardView>.From(Result.Invalid("phone", "请填写要变更的联系电话、通讯地址或邮政编码")));
        if (form.TryGetValue("postcode", out var pc) && (pc!.Length != 6 || !pc.All(char.IsAsciiDigit)))
            return Task.FromResult(Result<CardView>.From(Result.Invalid("postcode", "邮政编码应为6位数字")));
        return RunAsync(cardId, CardOperations.ChangeInfo, CardRules.Info, _ => form, key: key, withCardNumber: false, ct: ct);
    }

    private Task<Result<CardView>> ReplaceAsync(Guid cardId, ReplaceCardCommand c, string? key, CancellationToken ct)
    {
        var reasons = new[] { "lost", "damaged", "info-change", "third-generation", "expired" };
        if (c.Reason is null || !reasons.Contains(c.Reason)) return Task.FromResult(Result<CardView>.From(Result.Invalid("reason", "请选择补换原因")));
        if (c.Reason != "lost" && c.CardHandedIn != true) return Task.FromResult(Result<CardView>.From(Result.Invalid("cardHandedIn", "损坏、信息变更、换代或到期换领须交回原卡")));
        var form = new Dictionary<string, string?> { ["reason"] = c.Reason, ["cardHandedIn"] = c.CardHandedIn == true ? "true" : "false" };
        if (!string.IsNullOrWhiteSpace(c.Bank)) form["bank"] = c.Bank.Trim();
        if (c.Delivery is { Length: > 0 }) form["delivery"] = c.Delivery;
        if (!string.IsNullOrWhiteSpace(c.MailingAddress)) form["mailingAddress"] = c.MailingAddress.Trim();
        var operation = c.Reason == "lost" ? CardOperations.ReplaceLost : CardOperations.ReplaceHandedIn;
        return RunAsync(cardId, operation, CardRules.Replace, _ => form, key: key, withCardNumber: false, ct: ct);
    }

    private async Task<Result<CardView>> RunAsync(Guid cardId, string operation, string itemCode, Func<Card, Dictionary<string, string?>> form,
        string? oldPin = null, string? newPin = null, string? key = null, bool withCardNumber = true, CancellationToken ct = default)
    {
        var card = await reader.FindAsync(cardId, ct);
        if (card is null) return Result<CardView>.From(Result.NotFound());
        if (!CardWorkflow.Allows(card.Status, operation))
            return Result<CardView>.From(Result.Conflict(operation == CardOperations.ReplaceLost && card.Status != CardStatuses.FormalLoss
                ? "丢失补领须先办理正式挂失" : CardWorkflow.Refusal(card.Status, operation)));
        var person = await db.Persons.AsNoTracking().Where(p => p.Id == card.PersonId).Select(p => new { p.Name, p.IdNumberCipher, p.BirthDate }).SingleAsync(ct);
        var idNumber = crypto.Decrypt(person.IdNumberCipher);
        var now = clock.GetUtcNow().UtcDateTime;

        if (operation is CardOperations.Activate or CardOperations.ChangePin or CardOperations.ResetPin)
        {
            if (operation == CardOperations.ChangePin)
            {
                if (card.PinLockedUntil is { } until && until > now)
                    return Result<CardView>.From(Result.Conflict("原密码连续输错，密码修改已锁定，请稍后再试或凭身份证办理密码重置"));
                if (!pins.Verify(card.Id, oldPin, card.PinHash)) return Result<CardView>.From(await WrongOldPinAsync(card, now, ct));
                secrets.OldPinVerifiedFor = card.Id;
            }
            if (CardPins.Weakness(newPin, idNumber, person.BirthDate) is { } weak) return Result<CardView>.From(Result.Invalid("newPin", weak));
            // The old PIN has just been verified, so comparing the two strings says whether the new one equals it.
            if (operation == CardOperations.ChangePin && newPin == oldPin)
                return Result<CardView>.From(Result.Invalid("newPin", "新密码不能与原密码相同"));
        }

        var fields = form(card);
        if (withCardNumber && card.CardNumber is not null) fields["cardNumber"] = card.CardNumber;
        secrets.NewPin = newPin;
        secrets.OldPin = oldPin;
        secrets.HolderIdNumber = idNumber;
        secrets.HolderBirthDate = person.BirthDate;
        Result<CreatedCase> created;
        try
        {
            created = await createCase.HandleAsync(new CreateCaseCommand(itemCode, idNumber, person.Name, fields, key ?? Guid.NewGuid().ToString()), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result<CardView>.From(Result.Conflict("该卡刚由他人办理了其他业务，请刷新后重试"));
        }
        finally
        {
            secrets.Clear();
        }
        if (!created.IsSuccess) return Result<CardView>.From(created);

        // The new card of a replacement is the one to show; otherwise the card operated on.
        db.ChangeTracker.Clear();
        var shown = itemCode == CardRules.Replace
            ? await db.Set<Card>().SingleAsync(c => c.ApplicationNo == created.Value!.Number, ct)
            : await db.Set<Card>().SingleAsync(c => c.Id == cardId, ct);
        return (await reader.ViewAsync(shown, 10, ct)) with { CaseNumber = created.Value!.Number };
    }

    /// <summary>Counts a wrong old PIN (saved even though the operation fails) and locks PIN changes at the limit.</summary>
    private async Task<Result> WrongOldPinAsync(Card card, DateTime now, CancellationToken ct)
    {
        card.PinFailures++;
        var locked = card.PinFailures >= options.PinMaxAttempts;
        if (locked)
        {
            card.PinFailures = 0;
            card.PinLockedUntil = now.AddMinutes(options.PinLockMinutes);
        }
        card.Version++;
        audit.Record("card.pin.wrong", "card", card.Id.ToString(), AuditResults.Failure, reason: locked ? "locked" : null);
        await db.SaveChangesAsync(ct);
        return locked
            ? Result.Invalid("oldPin", "原密码连续输错，密码修改已锁定，请稍后再试或凭身份证办理密码重置")
            : Result.Invalid("oldPin", "原密码不正确");
    }
}
