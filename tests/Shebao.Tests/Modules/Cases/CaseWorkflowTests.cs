using Shebao.Core.Modules.Cases;
using Shebao.Core.Platform.Results;

namespace Shebao.Tests.Modules.Cases;

public sealed class CaseWorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Checklist = ["ID_CARD", "APPLICATION_FORM"];

    public static TheoryData<string, string, CaseActor> EveryPair()
    {
        var data = new TheoryData<string, string, CaseActor>();
        foreach (var status in CaseStatuses.All)
            foreach (var action in CaseActions.All)
                foreach (var actor in Enum.GetValues<CaseActor>())
                    data.Add(status, action, actor);
        return data;
    }

    private static Result Act(Case c, string action, CaseActor actor, string by) => action switch
    {
        CaseActions.Submit => c.Submit(actor, by, Now, null),
        CaseActions.Approve => c.Approve(actor, by, Now, null),
        CaseActions.Return => c.Return(actor, by, Now, "登记表未签字", ["APPLICATION_FORM"], Checklist),
        CaseActions.Resubmit => c.Resubmit(actor, by, Now, null),
        CaseActions.Reject => c.Reject(actor, by, Now, "不符合条件"),
        CaseActions.Withdraw => c.Withdraw(actor, by, Now, null),
        CaseActions.Archive => c.Archive(actor, by, Now, "GD-1"),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>Every (status, action, actor): it succeeds exactly when the table has the row, and then writes one history row.</summary>
    [Theory]
    [MemberData(nameof(EveryPair))]
    public void EveryStatusActionActor_FollowsTheTable(string status, string action, CaseActor actor)
    {
        var c = new Case { Status = status, SubmittedBy = "clerk", Version = 3 };
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

    [Fact]
    public void MakerChecker_TheSubmitterCannotApprove()
    {
        var c = new Case { Status = CaseStatuses.Submitted, SubmittedBy = "jb.review" };
        Assert.Equal(ResultKind.Conflict, c.Approve(CaseActor.CentreReviewer, "jb.review", Now, null).Kind);
        Assert.Empty(CaseWorkflow.AllowedActions(c, [CaseActor.CentreReviewer], "jb.review"));
    }

    [Fact]
    public void ReturnedCase_GoesBackToTheReviewerWhoReturnedIt()
    {
        var c = new Case { Status = CaseStatuses.Submitted, SubmittedBy = "clerk" };
        Assert.True(c.Return(CaseActor.CentreReviewer, "reviewer-a", Now, "缺材料", ["ID_CARD"], Checklist).IsSuccess);
        Assert.True(c.Resubmit(CaseActor.AcceptingClerk, "clerk", Now, null).IsSuccess);
        Assert.Equal(ResultKind.Conflict, c.Approve(CaseActor.CentreReviewer, "reviewer-b", Now, null).Kind);
        Assert.Equal([CaseActions.Approve, CaseActions.Return, CaseActions.Reject], CaseWorkflow.AllowedActions(c, [CaseActor.CentreReviewer], "reviewer-a"));
        Assert.True(c.Approve(CaseActor.CentreReviewer, "reviewer-a", Now, null).IsSuccess);
    }

    [Fact]
    public void Return_NeedsAReasonAndMaterialsFromTheChecklist()
    {
        var c = new Case { Status = CaseStatuses.Submitted, SubmittedBy = "clerk" };
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
        var c = new Case { Status = CaseStatuses.Approved };
        Assert.True(c.Archive(CaseActor.AcceptingClerk, "clerk", Now, "GD-1").IsSuccess);
        Assert.Equal(ResultKind.Conflict, c.Archive(CaseActor.AcceptingClerk, "clerk", Now, "GD-2").Kind);
        Assert.Equal("GD-1", c.ArchiveNo);
    }
}
