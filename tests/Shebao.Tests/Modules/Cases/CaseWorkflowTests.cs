using Shebao.Core.Modules.Cases;
using Shebao.Core.Platform.Results;

namespace Shebao.Tests.Modules.Cases;

public sealed class CaseWorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Checklist = ["ID_CARD", "APPLICATION_FORM"];
    private static readonly string[] EveryAction = [.. CaseActions.All, CaseActions.Complete];

    public static TheoryData<string, string, CaseActor> EveryPair()
    {
        var data = new TheoryData<string, string, CaseActor>();
        foreach (var status in CaseStatuses.All)
            foreach (var action in EveryAction)
                foreach (var actor in Enum.GetValues<CaseActor>())
                    data.Add(status, action, actor);
        return data;
    }

    private static Result Act(Case c, string action, CaseActor actor, string by) => action switch
    {
        CaseActions.Complete => c.Complete(actor, by, Now),
        CaseActions.Submit => c.Submit(actor, by, Now, null),
        CaseActions.Approve => c.Approve(actor, by, Now, null),
        CaseActions.Return => c.Return(actor, by, Now, "登记表未签字", ["APPLICATION_FORM"], Checklist),
        CaseActions.Resubmit => c.Resubmit(actor, by, Now, null),
        CaseActions.Reject => c.Reject(actor, by, Now, "不符合条件"),
        CaseActions.Withdraw => c.Withdraw(actor, by, Now, null),
        CaseActions.Archive => c.Archive(actor, by, Now, "GD-1"),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private static Case InStatus(string status, string submittedBy = "clerk", int version = 3)
    {
        var c = Case.InStatus(status, CaseTiers.Township);
        c.SubmittedBy = submittedBy;
        c.Version = version;
        return c;
    }

    /// <summary>Every (status, action, actor): it succeeds exactly when the table has the row, and then writes one history row.</summary>
    [Theory]
    [MemberData(nameof(EveryPair))]
    public void EveryStatusActionActor_FollowsTheTable(string status, string action, CaseActor actor)
    {
        var c = InStatus(status);
        var expected = CaseWorkflow.Table.SingleOrDefault(t => t.From == status && t.Action == action && t.Who == actor);
        var result = Act(c, action, actor, actor == CaseActor.CentreReviewer ? "reviewer" : "clerk");
        if (expected is null)
        {
            Assert.Equal(ResultKind.Conflict, result.Kind);
            Assert.Equal(status, c.Status);
            Assert.Empty(c.History);
            Assert.Equal(3, c.Version);
        }
        else
        {
            Assert.True(result.IsSuccess, result.Message);
            Assert.Equal(expected.To, c.Status);
            var row = Assert.Single(c.History);
            Assert.Equal((status, action, expected.To), (row.From, row.Action, row.To));
            Assert.Equal(4, c.Version);
        }
    }

    /// <summary>Where a case lies after each move: (status it reaches, accepting tier, tier before the move, tier after).</summary>
    public static TheoryData<string, string, string, string> TierCases() => new()
    {
        { CaseStatuses.Accepted, CaseTiers.Township, CaseTiers.Township, CaseTiers.Township },
        { CaseStatuses.Submitted, CaseTiers.Village, CaseTiers.Village, CaseTiers.District },
        { CaseStatuses.Returned, CaseTiers.Village, CaseTiers.District, CaseTiers.Village },
        { CaseStatuses.Approved, CaseTiers.Village, CaseTiers.District, CaseTiers.District },
        { CaseStatuses.Rejected, CaseTiers.Village, CaseTiers.Village, CaseTiers.Village },
        { CaseStatuses.Rejected, CaseTiers.Village, CaseTiers.District, CaseTiers.District },
        { CaseStatuses.Withdrawn, CaseTiers.Township, CaseTiers.Township, CaseTiers.Township },
        { CaseStatuses.Completed, CaseTiers.Village, CaseTiers.Village, CaseTiers.Village },
    };

    [Theory]
    [MemberData(nameof(TierCases))]
    public void TierOfEachStatus_ComesFromTheStatusTable(string status, string acceptingTier, string lastTier, string expected) =>
        Assert.Equal(expected, CaseWorkflow.TierIn(status, acceptingTier, lastTier));

    [Fact]
    public void StatusTable_HasOneRowPerStatus_InOrder() =>
        Assert.Equal(CaseStatuses.All, CaseWorkflow.Statuses.Select(s => s.Status));

    [Fact]
    public void TransitionTable_NamesOnlyKnownStatusesAndActions()
    {
        Assert.All(CaseWorkflow.Table, t => Assert.Contains(t.From, CaseStatuses.All));
        Assert.All(CaseWorkflow.Table, t => Assert.Contains(t.To, CaseStatuses.All));
        Assert.All(CaseWorkflow.Table, t => Assert.Contains(t.Action, EveryAction));
        Assert.Equal(CaseWorkflow.Table.Count, CaseWorkflow.Table.DistinctBy(t => (t.From, t.Action, t.Who)).Count());
    }

    [Fact]
    public void AWholeJourney_MovesTheCaseBetweenTiers()
    {
        var c = new Case { AcceptingTier = CaseTiers.Village };
        c.Accept("clerk", Now);
        Assert.Equal(CaseTiers.Village, c.CurrentTier);
        Assert.True(c.Submit(CaseActor.AcceptingClerk, "clerk", Now, null).IsSuccess);
        Assert.Equal(CaseTiers.District, c.CurrentTier);
        Assert.True(c.Return(CaseActor.CentreReviewer, "reviewer", Now, "缺材料", ["ID_CARD"], Checklist).IsSuccess);
        Assert.Equal(CaseTiers.Village, c.CurrentTier);
        Assert.True(c.Resubmit(CaseActor.AcceptingClerk, "clerk", Now, null).IsSuccess);
        Assert.True(c.Approve(CaseActor.CentreReviewer, "reviewer", Now, null).IsSuccess);
        Assert.Equal(CaseTiers.District, c.CurrentTier);
        Assert.True(c.Archive(CaseActor.AcceptingClerk, "clerk", Now, "GD-1").IsSuccess);
        Assert.Equal((CaseStatuses.Approved, CaseTiers.District), (c.Status, c.CurrentTier));
    }

    /// <summary>(status, the user is the accepting clerk, the user is a centre reviewer, may attach).</summary>
    public static TheoryData<string, bool, bool, bool> AttachCases()
    {
        var data = new TheoryData<string, bool, bool, bool>();
        foreach (var status in CaseStatuses.All)
        {
            var open = status is CaseStatuses.Accepted or CaseStatuses.Returned;
            data.Add(status, true, false, open);
            data.Add(status, true, true, open); // a district reviewer who accepted the case for their own centre
            data.Add(status, false, true, false);
            data.Add(status, false, false, false);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AttachCases))]
    public void MayAttach_OnlyTheAcceptingClerk_OnlyWhileTheCaseIsAtTheirUnit(string status, bool clerk, bool reviewer, bool expected)
    {
        CaseActor[] actors = [.. clerk ? [CaseActor.AcceptingClerk] : Array.Empty<CaseActor>(), .. reviewer ? [CaseActor.CentreReviewer] : Array.Empty<CaseActor>()];
        Assert.Equal(expected, CaseWorkflow.MayAttach(status, actors));
    }

    [Fact]
    public void Accept_StartsAtTheAcceptingUnit_WithOneHistoryRow_AndOnlyOnce()
    {
        var c = new Case { AcceptingTier = CaseTiers.Township };
        c.Accept("clerk", Now);
        Assert.Equal((CaseStatuses.Accepted, CaseTiers.Township, Now), (c.Status, c.CurrentTier, c.UpdatedAt));
        var row = Assert.Single(c.History);
        Assert.Equal((null, CaseActions.Accept, CaseStatuses.Accepted, "clerk"), (row.From, row.Action, row.To, row.By));
        Assert.Throws<InvalidOperationException>(() => c.Accept("clerk", Now));
    }

    [Fact]
    public void InstantItem_CompletesThroughTheTable_AndStaysAtTheAcceptingUnit()
    {
        var c = new Case { AcceptingTier = CaseTiers.Village, Version = 1 };
        c.Accept("clerk", Now);
        Assert.True(c.Complete(CaseActor.AcceptingClerk, "clerk", Now).IsSuccess);
        Assert.Equal((CaseStatuses.Completed, CaseTiers.Village), (c.Status, c.CurrentTier));
        Assert.Equal([CaseActions.Accept, CaseActions.Complete], c.History.Select(h => h.Action));
        Assert.Equal([CaseActions.Archive], CaseWorkflow.AllowedActions(c, [CaseActor.AcceptingClerk], "clerk"));
    }

    [Fact]
    public void AllowedActions_NeverOfferComplete_ItHappensOnlyAtAcceptance()
    {
        var c = InStatus(CaseStatuses.Accepted);
        Assert.Equal([CaseActions.Submit, CaseActions.Reject, CaseActions.Withdraw], CaseWorkflow.AllowedActions(c, [CaseActor.AcceptingClerk], "clerk"));
    }

    [Fact]
    public void MakerChecker_TheSubmitterCannotApprove()
    {
        var c = InStatus(CaseStatuses.Submitted, submittedBy: "jb.review");
        Assert.Equal(ResultKind.Conflict, c.Approve(CaseActor.CentreReviewer, "jb.review", Now, null).Kind);
        Assert.Empty(CaseWorkflow.AllowedActions(c, [CaseActor.CentreReviewer], "jb.review"));
    }

    [Fact]
    public void ReturnedCase_GoesBackToTheReviewerWhoReturnedIt()
    {
        var c = InStatus(CaseStatuses.Submitted);
        Assert.True(c.Return(CaseActor.CentreReviewer, "reviewer-a", Now, "缺材料", ["ID_CARD"], Checklist).IsSuccess);
        Assert.True(c.Resubmit(CaseActor.AcceptingClerk, "clerk", Now, null).IsSuccess);
        Assert.Equal(ResultKind.Conflict, c.Approve(CaseActor.CentreReviewer, "reviewer-b", Now, null).Kind);
        Assert.Equal([CaseActions.Approve, CaseActions.Return, CaseActions.Reject], CaseWorkflow.AllowedActions(c, [CaseActor.CentreReviewer], "reviewer-a"));
        Assert.True(c.Approve(CaseActor.CentreReviewer, "reviewer-a", Now, null).IsSuccess);
    }

    [Fact]
    public void Return_NeedsAReasonAndMaterialsFromTheChecklist()
    {
        var c = InStatus(CaseStatuses.Submitted);
        var result = c.Return(CaseActor.CentreReviewer, "r", Now, " ", [], Checklist);
        Assert.Equal(ResultKind.Invalid, result.Kind);
        Assert.True(result.Errors.ContainsKey("reason"));
        Assert.True(result.Errors.ContainsKey("missingMaterials"));
        Assert.Equal(ResultKind.Invalid, c.Return(CaseActor.CentreReviewer, "r", Now, "x", ["PASSPORT"], Checklist).Kind);
        Assert.Equal(CaseStatuses.Submitted, c.Status);
    }

    [Fact]
    public void Archive_HappensOnce()
    {
        var c = InStatus(CaseStatuses.Approved);
        Assert.True(c.Archive(CaseActor.AcceptingClerk, "clerk", Now, "GD-1").IsSuccess);
        Assert.Equal(ResultKind.Conflict, c.Archive(CaseActor.AcceptingClerk, "clerk", Now, "GD-2").Kind);
        Assert.Equal("GD-1", c.ArchiveNo);
    }
}
