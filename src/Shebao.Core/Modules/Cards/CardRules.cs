using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;

namespace Shebao.Core.Modules.Cards;

/// <summary>
/// The card items as case rules: the checks decide whether the instant case may be created, the effect moves
/// the card inside the case's transaction. The card façade and POST /cases both arrive here.
/// </summary>
internal sealed class CardRules(CardSecrets secrets, CardPins pins, CardOptions options, ICurrentUser user) : CaseItemRules
{
    public const string Activate = "A1-15";
    public const string Loss = "A1-16";
    public const string Pin = "A1-17";
    public const string Info = "A1-18";
    public const string Apply = "A2-24";
    public const string Replace = "A2-25";

    public override IReadOnlyCollection<string> ItemCodes => [Activate, Loss, Pin, Info, Apply, Replace];

    /// <summary>The card operation an item's form asks for.</summary>
    public static string? OperationOf(string itemCode, FormValues form) => itemCode switch
    {
        Activate => CardOperations.Activate,
        Loss => form["operation"] switch { "temporary" => CardOperations.ReportTemporaryLoss, "formal" => CardOperations.ReportFormalLoss, "cancel" => CardOperations.CancelLoss, _ => null },
        Pin => form["operation"] switch { "change" => CardOperations.ChangePin, "reset" => CardOperations.ResetPin, _ => null },
        Info => CardOperations.ChangeInfo,
        Replace => form["reason"] == "lost" ? CardOperations.ReplaceLost : CardOperations.ReplaceHandedIn,
        _ => null,
    };

    public override async Task<IReadOnlyList<RuleCheck>> CheckAsync(CaseContext context, CancellationToken ct)
    {
        var card = await CardQueries.ValidCardAsync(context.Db, context.PersonId, ct);
        if (context.ItemCode == Apply) return await ApplicationChecksAsync(context, card, ct);

        var checks = new List<RuleCheck>();
        var operation = OperationOf(context.ItemCode, context.Form);
        if (card is null || operation is null)
        {
            checks.Add(RuleCheck.Fail("持卡人有有效的社会保障卡", "该参保人没有有效的社会保障卡，请先办理申领"));
            return checks;
        }
        if (context.Form["cardNumber"] is { Length: > 0 } number && !string.Equals(number, card.CardNumber, StringComparison.OrdinalIgnoreCase))
            checks.Add(RuleCheck.Fail("卡号与持卡人一致", "卡号与该参保人的有效社会保障卡不符，请核对卡面卡号"));
        var legal = CardWorkflow.Allows(card.Status, operation);
        checks.Add(RuleCheck.When(legal, "卡状态允许本业务", operation == CardOperations.ReplaceLost && card.Status != CardStatuses.FormalLoss
            ? "丢失补领须先办理正式挂失" : CardWorkflow.Refusal(card.Status, operation)));

        switch (operation)
        {
            case CardOperations.Activate:
            case CardOperations.ResetPin:
                checks.Add(NewPinCheck());
                break;
            case CardOperations.ChangePin:
                checks.Add(RuleCheck.When(card.PinLockedUntil is not { } until || until <= context.Now, "密码修改未被锁定", "原密码连续输错，密码修改已锁定，请稍后再试或凭身份证办理密码重置"));
                checks.Add(RuleCheck.When(secrets.OldPinVerifiedFor == card.Id || (secrets.OldPin is not null && pins.Verify(card.Id, secrets.OldPin, card.PinHash)), "原密码正确", "原密码不正确"));
                checks.Add(NewPinCheck());
                break;
            case CardOperations.ChangeInfo:
                checks.Add(RuleCheck.When(context.Form.Has("phone") || context.Form.Has("address") || context.Form.Has("postcode"), "至少变更一项", "请填写要变更的联系电话、通讯地址或邮政编码"));
                checks.Add(RuleCheck.When(context.Form["postcode"] is not { } pc || (pc.Length == 6 && pc.All(char.IsAsciiDigit)), "邮政编码为6位数字", "邮政编码应为6位数字"));
                break;
            case CardOperations.ReplaceHandedIn:
                checks.Add(RuleCheck.When(context.Form.Bool("cardHandedIn") == true, "交回原卡", "损坏、信息变更、换代或到期换领须交回原卡"));
                break;
        }
        return checks;
    }

    private RuleCheck NewPinCheck() => secrets.NewPin is null
        ? RuleCheck.Fail("设置6位新密码", "密码须由持卡人在社会保障卡柜面页面输入，不经办件表单")
        : RuleCheck.When(CardPins.Weakness(secrets.NewPin, secrets.HolderIdNumber, secrets.HolderBirthDate) is null, "新密码符合要求", CardPins.Weakness(secrets.NewPin, secrets.HolderIdNumber, secrets.HolderBirthDate) ?? "");

    private static async Task<IReadOnlyList<RuleCheck>> ApplicationChecksAsync(CaseContext context, Card? card, CancellationToken ct)
    {
        var birth = await context.Db.Persons.Where(p => p.Id == context.PersonId).Select(p => p.BirthDate).SingleAsync(ct);
        var minor = birth.AddYears(16) > context.Today;
        return
        [
            RuleCheck.When(card is null, "一人只有一张有效社会保障卡", card is null ? "" : $"该参保人已有社会保障卡（{CardStatuses.Label(card.Status)}），丢失或损坏请办理补领换"),
            RuleCheck.When(context.Form["delivery"] != "mail" || context.Form.Has("mailingAddress"), "邮寄须填写邮寄地址", "选择邮寄的，请填写邮寄地址"),
            RuleCheck.When(context.Form.Has("photo"), "照片", "请选择照片来源：标准证件照片，或经本人同意使用身份证照片"),
            RuleCheck.When(!minor || (context.Form.Has("guardianName") && context.Form.Has("guardianIdNumber")), "未满16周岁由监护人代办", "申领人未满16周岁，请填写监护人姓名和身份证号码"),
        ];
    }

    public override async Task ApplyAsync(CaseContext context, CancellationToken ct)
    {
        var actor = new CardActor(context.By, user.OrgUnitCode, context.Now);
        var card = await CardQueries.ValidCardAsync(context.Db, context.PersonId, ct);
        if (context.ItemCode == Apply)
        {
            var created = NewCard(context, context.Form["bank"]!, context.Form["delivery"] ?? "pickup", context.Form["mailingAddress"]);
            created.PhoneCipher = context.Form.Stored("phone")?[4..];
            created.PhoneMasked = context.Form["phone"] is { } phone ? Masking.Phone(phone) : null;
            created.Address = context.Form["residentialAddress"];
            created.PhotoSource = context.Form["photo"];
            AddCreated(context, created, actor, "申领社会保障卡");
            return;
        }

        var operation = OperationOf(context.ItemCode, context.Form)!;
        var before = Snapshot(card!);
        var moved = card!.Move(operation, actor, caseNumber: context.CaseNumber) ?? throw new InvalidOperationException("Checked transition refused.");
        string summary = CardOperations.Label(operation);
        switch (operation)
        {
            case CardOperations.ReportTemporaryLoss:
                card.LossExpiresOn = context.Today.AddDays(options.TemporaryLossDays);
                moved.Note = $"有效至{card.LossExpiresOn:yyyy-MM-dd}";
                break;
            case CardOperations.Activate:
            case CardOperations.ChangePin:
            case CardOperations.ResetPin:
                card.PinHash = pins.Hash(card.Id, secrets.NewPin!);
                card.PinFailures = 0;
                card.PinLockedUntil = null;
                break;
            case CardOperations.ChangeInfo:
                if (context.Form.Has("phone")) { card.PhoneCipher = context.Form.Stored("phone")![4..]; card.PhoneMasked = Masking.Phone(context.Form["phone"]!); }
                if (context.Form.Has("address")) card.Address = context.Form["address"];
                if (context.Form.Has("postcode")) card.Postcode = context.Form["postcode"];
                moved.Note = string.Join("、", new[] { ("phone", "联系电话"), ("address", "通讯地址"), ("postcode", "邮政编码") }.Where(f => context.Form.Has(f.Item1)).Select(f => f.Item2));
                break;
        }
        context.Db.Add(moved);
        PersonHistory.Record(context.Db, context.PersonId, "card", $"社会保障卡{summary}", before, Snapshot(card), context.By, context.Now, context.CaseId, context.CaseNumber);
        if (context.ItemCode == Replace)
        {
            // The old card leaves the "one valid card" index before the new one enters it.
            await context.Db.SaveChangesAsync(ct);
            var reason = context.Form["reason"]!;
            var created = NewCard(context, context.Form["bank"] ?? card.Bank, context.Form["delivery"] ?? card.Delivery, context.Form["mailingAddress"] ?? card.MailingAddress);
            created.ReplacesCardId = card.Id;
            created.ReplacementReason = reason;
            created.PhoneCipher = card.PhoneCipher;
            created.PhoneMasked = card.PhoneMasked;
            created.Address = card.Address;
            created.Postcode = card.Postcode;
            created.PhotoSource = card.PhotoSource;
            AddCreated(context, created, actor, "补领换社会保障卡（新卡制卡）");
        }
    }

    private Card NewCard(CaseContext context, string bank, string delivery, string? mailingAddress) => new()
    {
        Id = Guid.CreateVersion7(), PersonId = context.PersonId, Status = CardStatuses.Applied, IssuingArea = options.IssuingArea,
        Bank = bank, Delivery = delivery, MailingAddress = delivery == "mail" ? mailingAddress : null,
        ApplicationNo = context.CaseNumber ?? "", CreatedAt = context.Now, UpdatedAt = context.Now, Version = 1,
    };

    private static void AddCreated(CaseContext context, Card created, CardActor actor, string summary)
    {
        context.Db.Add(created);
        context.Db.Add(new CardEvent
        {
            CardId = created.Id, PersonId = created.PersonId, At = actor.At, By = actor.By, OrgUnitCode = actor.OrgUnitCode,
            Action = CardOperations.Apply, To = CardStatuses.Applied, CaseNumber = context.CaseNumber, Note = created.Bank,
        });
        PersonHistory.Record(context.Db, context.PersonId, "card", summary, null, Snapshot(created), context.By, context.Now, context.CaseId, context.CaseNumber);
    }

    /// <summary>What the person's history keeps of a card: never the PIN or its hash, the phone only masked.</summary>
    public static object Snapshot(Card c) => new { c.CardNumber, status = CardStatuses.Label(c.Status), c.Bank, phone = c.PhoneMasked, c.Address, c.Postcode };
}
