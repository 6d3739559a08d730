namespace Shebao.Core.Modules.Cards;

/// <summary>One legal move: in status From, Operation leads to To (null = back to the status before the loss).</summary>
internal sealed record CardTransition(string From, string Operation, string? To);

/// <summary>The card's transition table: the only place that knows which moves are legal.</summary>
internal static class CardWorkflow
{
    private const string? Restore = null;

    public static readonly IReadOnlyList<CardTransition> Table =
    [
        new(CardStatuses.Applied, CardOperations.Export, CardStatuses.Producing),
        new(CardStatuses.Producing, CardOperations.Produce, CardStatuses.Ready),
        new(CardStatuses.Producing, CardOperations.Fail, CardStatuses.Applied),
        new(CardStatuses.Ready, CardOperations.Collect, CardStatuses.Unactivated),
        new(CardStatuses.Unactivated, CardOperations.Activate, CardStatuses.Normal),
        new(CardStatuses.Normal, CardOperations.ReportTemporaryLoss, CardStatuses.TemporaryLoss),
        new(CardStatuses.Unactivated, CardOperations.ReportTemporaryLoss, CardStatuses.TemporaryLoss),
        new(CardStatuses.Normal, CardOperations.ReportFormalLoss, CardStatuses.FormalLoss),
        new(CardStatuses.Unactivated, CardOperations.ReportFormalLoss, CardStatuses.FormalLoss),
        new(CardStatuses.TemporaryLoss, CardOperations.ReportFormalLoss, CardStatuses.FormalLoss),
        new(CardStatuses.TemporaryLoss, CardOperations.CancelLoss, Restore),
        new(CardStatuses.FormalLoss, CardOperations.CancelLoss, Restore),
        new(CardStatuses.TemporaryLoss, CardOperations.Expire, Restore),
        new(CardStatuses.FormalLoss, CardOperations.ReplaceLost, CardStatuses.Replacing),
        new(CardStatuses.Normal, CardOperations.ReplaceHandedIn, CardStatuses.Replacing),
        new(CardStatuses.Unactivated, CardOperations.ReplaceHandedIn, CardStatuses.Replacing),
        new(CardStatuses.Replacing, CardOperations.Retire, CardStatuses.Cancelled),
        new(CardStatuses.Normal, CardOperations.ChangePin, CardStatuses.Normal),
        new(CardStatuses.Normal, CardOperations.ResetPin, CardStatuses.Normal),
        .. new[] { CardStatuses.Applied, CardStatuses.Producing, CardStatuses.Ready, CardStatuses.Unactivated, CardStatuses.Normal, CardStatuses.TemporaryLoss, CardStatuses.FormalLoss }
            .Select(s => new CardTransition(s, CardOperations.ChangeInfo, s)),
    ];

    public static bool Allows(string status, string operation) => Table.Any(t => t.From == status && t.Operation == operation);

    /// <summary>The status after the move, or null when the move is illegal.</summary>
    public static string? Target(string status, string operation, string? beforeLoss)
    {
        var row = Table.FirstOrDefault(t => t.From == status && t.Operation == operation);
        return row is null ? null : row.To ?? beforeLoss ?? CardStatuses.Normal;
    }

    public static string Refusal(string status, string operation) =>
        $"社会保障卡当前状态为“{CardStatuses.Label(status)}”，不能办理“{CardOperations.Label(operation)}”";
}
