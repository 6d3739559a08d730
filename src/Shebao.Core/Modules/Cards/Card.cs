namespace Shebao.Core.Modules.Cards;

/// <summary>
/// 社会保障卡: one physical card of one person, from the application to its cancellation. Status changes only
/// through <see cref="Move"/>, which asks <see cref="CardWorkflow"/> and appends an event.
/// </summary>
public sealed class Card
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public string? CardNumber { get; set; }                    // AAZ500, 9 characters, set by the bureau
    public string? CardIdentifier { get; set; }                // 卡识别码, 32 hex
    public string IssuingArea { get; set; } = "341500";        // AAB301
    public string Bank { get; set; } = "";                     // AAE008
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public string Status { get; set; } = CardStatuses.Applied;
    public string SocialStatus { get; set; } = AppStatuses.NotOpened;
    public string FinancialStatus { get; set; } = AppStatuses.NotOpened;

    /// <summary>Where a loss returns to on 解挂 or expiry (normal or unactivated).</summary>
    public string? StatusBeforeLoss { get; set; }
    public DateOnly? LossExpiresOn { get; set; }

    public string? PinHash { get; set; }
    public int PinFailures { get; set; }
    public DateTime? PinLockedUntil { get; set; }

    // Non-primary holder data (A1-18); the phone only encrypted and masked.
    public string? PhoneCipher { get; set; }
    public string? PhoneMasked { get; set; }
    public string? Address { get; set; }
    public string? Postcode { get; set; }

    public string Delivery { get; set; } = "pickup";
    public string? MailingAddress { get; set; }
    public string? PhotoSource { get; set; }

    /// <summary>The 申领 or 补领换 case number: the reference the bureau file carries.</summary>
    public string ApplicationNo { get; set; } = "";
    public string? BatchNo { get; set; }
    public Guid? ReplacesCardId { get; set; }
    public string? ReplacementReason { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>Moves the card by the table; null when the move is illegal in the current status.</summary>
    public CardEvent? Move(string operation, CardActor actor, string? note = null, string? caseNumber = null)
    {
        var to = CardWorkflow.Target(Status, operation, StatusBeforeLoss);
        if (to is null) return null;
        var from = Status;
        if (CardStatuses.IsLoss(to) && !CardStatuses.IsLoss(from)) StatusBeforeLoss = from;
        if (!CardStatuses.IsLoss(to)) { StatusBeforeLoss = null; LossExpiresOn = null; }
        if (to == CardStatuses.FormalLoss) LossExpiresOn = null;
        Status = to;
        SocialStatus = AppStatuses.SocialFor(to);
        FinancialStatus = AppStatuses.FinancialFor(to, FinancialStatus);
        UpdatedAt = actor.At;
        Version++;
        return new CardEvent
        {
            CardId = Id, PersonId = PersonId, At = actor.At, By = actor.By, OrgUnitCode = actor.OrgUnitCode,
            Action = operation, From = from, To = to, CaseNumber = caseNumber, Note = note,
        };
    }

    /// <summary>A temporary loss whose period has passed is over: the status it had before the loss.</summary>
    public bool TemporaryLossExpired(DateOnly today) => Status == CardStatuses.TemporaryLoss && LossExpiresOn is { } end && end <= today;

    /// <summary>The status as of today without writing anything (person page, lists).</summary>
    public string EffectiveStatus(DateOnly today) => TemporaryLossExpired(today) ? StatusBeforeLoss ?? CardStatuses.Normal : Status;
}

/// <summary>Who acts, where and when: recorded on every event.</summary>
public sealed record CardActor(string By, string? OrgUnitCode, DateTime At);

public sealed class CardEvent
{
    public long Id { get; set; }
    public Guid CardId { get; set; }
    public Guid PersonId { get; set; }
    public DateTime At { get; set; }
    public string By { get; set; } = "";
    public string? OrgUnitCode { get; set; }
    public string Action { get; set; } = "";
    public string? From { get; set; }
    public string To { get; set; } = "";
    public string? CaseNumber { get; set; }
    public string? Note { get; set; }
}
