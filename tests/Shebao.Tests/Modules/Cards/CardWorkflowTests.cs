using Shebao.Core.Modules.Cards;

namespace Shebao.Tests.Modules.Cards;

/// <summary>Every status × operation of the card status table, allowed and refused, written out independently of the table.</summary>
public sealed class CardWorkflowTests
{
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        [CardStatuses.Applied] = [CardOperations.Export, CardOperations.ChangeInfo],
        [CardStatuses.Producing] = [CardOperations.Produce, CardOperations.Fail, CardOperations.ChangeInfo],
        [CardStatuses.Ready] = [CardOperations.Collect, CardOperations.ChangeInfo],
        [CardStatuses.Unactivated] = [CardOperations.Activate, CardOperations.ReportTemporaryLoss, CardOperations.ReportFormalLoss, CardOperations.ReplaceHandedIn, CardOperations.ChangeInfo],
        [CardStatuses.Normal] = [CardOperations.ReportTemporaryLoss, CardOperations.ReportFormalLoss, CardOperations.ReplaceHandedIn, CardOperations.ChangePin, CardOperations.ResetPin, CardOperations.ChangeInfo],
        [CardStatuses.TemporaryLoss] = [CardOperations.ReportFormalLoss, CardOperations.CancelLoss, CardOperations.Expire, CardOperations.ChangeInfo],
        [CardStatuses.FormalLoss] = [CardOperations.CancelLoss, CardOperations.ReplaceLost, CardOperations.ChangeInfo],
        [CardStatuses.Replacing] = [CardOperations.Retire],
        [CardStatuses.Cancelled] = [],
    };

    public static TheoryData<string, string, bool> Cells()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var status in CardStatuses.All)
            foreach (var operation in CardOperations.All)
                data.Add(status, operation, Expected[status].Contains(operation));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Table_AllowsExactlyTheExpectedMoves(string status, string operation, bool allowed)
    {
        Assert.Equal(allowed, CardWorkflow.Allows(status, operation));
        var card = new Card { Status = status, StatusBeforeLoss = CardStatuses.IsLoss(status) ? CardStatuses.Normal : null, Version = 1 };
        var moved = card.Move(operation, new CardActor("tester", "341504001003", DateTime.UtcNow));
        Assert.Equal(allowed, moved is not null);
        if (!allowed)
        {
            Assert.Equal((status, 1), (card.Status, card.Version));
            Assert.Contains(CardStatuses.Label(status), CardWorkflow.Refusal(status, operation), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal((status, card.Status, "tester", "341504001003"), (moved!.From, moved.To, moved.By, moved.OrgUnitCode));
        }
    }

    [Theory]
    [InlineData(CardStatuses.Normal)]
    [InlineData(CardStatuses.Unactivated)]
    public void Loss_ThenCancel_ReturnsToTheStatusBeforeTheLoss(string before)
    {
        var card = new Card { Status = before };
        var actor = new CardActor("tester", null, DateTime.UtcNow);
        card.Move(CardOperations.ReportTemporaryLoss, actor);
        card.Move(CardOperations.ReportFormalLoss, actor);
        Assert.Equal((CardStatuses.FormalLoss, AppStatuses.Frozen), (card.Status, card.SocialStatus));
        card.Move(CardOperations.CancelLoss, actor);
        Assert.Equal((before, (string?)null), (card.Status, card.StatusBeforeLoss));
    }

    [Fact]
    public void TemporaryLoss_ExpiresOnItsLastDay_NotBefore()
    {
        var card = new Card { Status = CardStatuses.Normal };
        card.Move(CardOperations.ReportTemporaryLoss, new CardActor("tester", null, DateTime.UtcNow));
        card.LossExpiresOn = new DateOnly(2026, 12, 28);
        Assert.Equal(CardStatuses.TemporaryLoss, card.EffectiveStatus(new DateOnly(2026, 12, 27)));
        Assert.Equal(CardStatuses.Normal, card.EffectiveStatus(new DateOnly(2026, 12, 28)));
    }
}
