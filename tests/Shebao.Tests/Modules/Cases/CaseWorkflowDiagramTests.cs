using System.Text;
using Shebao.Core.Modules.Cases;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Cases;

/// <summary>
/// The Cases README's state diagram is the workflow table drawn: this test renders it and fails when the README
/// says anything else. Run with SHEBAO_UPDATE_SNAPSHOTS=1 to rewrite the README block.
/// </summary>
public sealed class CaseWorkflowDiagramTests
{
    private const string Fence = "```mermaid\n";

    internal static string Render()
    {
        var d = new StringBuilder("stateDiagram-v2\n");
        foreach (var s in CaseWorkflow.Statuses)
            d.Append($"  {s.Status}: {CaseStatuses.Label(s.Status)} · {Where(s.Holder)}{(s.ClerkMayAttach ? " · the clerk may attach files" : "")}{(s.ClerkMayEditForm ? " and correct the form" : "")}\n");
        d.Append($"  [*] --> {CaseWorkflow.Initial}: {CaseActions.Accept} (clerk)\n");
        foreach (var t in CaseWorkflow.Table)
            d.Append($"  {t.From} --> {t.To}: {t.Action} ({Who(t.Who)}{(t.Note is null ? "" : $", {t.Note}")})\n");
        // A status with no move to another status ends the case.
        foreach (var s in CaseStatuses.All.Where(s => !CaseWorkflow.Table.Any(t => t.From == s && t.To != s)))
            d.Append($"  {s} --> [*]\n");
        return d.ToString();
    }

    private static string Who(CaseActor who) => who switch
    {
        CaseActor.AcceptingClerk => "clerk",
        CaseActor.CentreReviewer => "centre reviewer",
        _ => who.ToString(),
    };

    private static string Where(CaseHolder holder) => holder switch
    {
        CaseHolder.AcceptingUnit => "at the accepting unit",
        CaseHolder.Centre => "at the district centre",
        _ => "final, stays at its last tier",
    };

    [Fact]
    public void ReadmeDiagram_IsTheWorkflowTable()
    {
        var path = RepoFiles.PathOf("src", "Shebao.Core", "Modules", "Cases", "README.md");
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Fence, StringComparison.Ordinal);
        Assert.True(start >= 0, "the Cases README has no ```mermaid block");
        start += Fence.Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        var expected = Render();
        if (readme[start..end] == expected) return;
        if (Environment.GetEnvironmentVariable("SHEBAO_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, readme[..start] + expected + readme[end..]);
            return;
        }
        Assert.Fail($"The Cases README diagram differs from CaseWorkflow. Paste this block into {path} (or run with SHEBAO_UPDATE_SNAPSHOTS=1):\n\n{Fence}{expected}```");
    }
}
