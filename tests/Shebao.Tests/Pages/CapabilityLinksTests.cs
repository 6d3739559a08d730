using Shebao.Tests.Support;

namespace Shebao.Tests.Pages;

/// <summary>Links and forms appear only for users whose capability (named policy) lets them use them.</summary>
[Trait("Category", "Db")]
public sealed class CapabilityLinksTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("shunhe.clerk", "/", "href=\"/Persons\"", true)]
    [InlineData("zj.review", "/", "href=\"/Persons\"", true)]
    [InlineData("admin", "/", "href=\"/Persons\"", false)]
    [InlineData("auditor", "/", "href=\"/Persons\"", false)]
    [InlineData("admin", "/", "href=\"/Cases\"", true)]
    [InlineData("auditor", "/", "href=\"/Cases\"", false)]
    [InlineData("admin", "/", "href=\"/Admin/Users\"", true)]
    [InlineData("zj.review", "/", "href=\"/Admin/Users\"", false)]
    [InlineData("auditor", "/", "href=\"/Audit\"", true)]
    [InlineData("admin", "/", "href=\"/Audit\"", false)]
    [InlineData("shunhe.clerk", "/", "href=\"/Cards\"", true)]
    [InlineData("auditor", "/", "href=\"/Cards\"", false)]
    [InlineData("admin", "/", "href=\"/Queries\"", true)]
    [InlineData("auditor", "/", "href=\"/Certifications\"", false)]
    [InlineData("admin", "/Org", "href=\"/Org/Import\"", true)]
    [InlineData("shihe.clerk", "/Org", "href=\"/Org/Import\"", false)]
    [InlineData("shihe.clerk", "/Cases", "href=\"/Cases/New\"", true)]
    [InlineData("admin", "/Cases", "href=\"/Cases/New\"", false)]
    [InlineData("shihe.clerk", "/Cases/Supervision", "记录定期核查", true)]
    [InlineData("zj.review", "/Cases/Supervision", "记录定期核查", false)]
    [InlineData("xx.review", "/Cards", "href=\"/Cards/Bureau\"", true)]
    [InlineData("shunhe.clerk", "/Cards", "href=\"/Cards/Bureau\"", false)]
    [InlineData("yl.review", "/Certifications", "href=\"/Certifications/Suspensions\"", true)]
    [InlineData("shihe.clerk", "/Certifications", "href=\"/Certifications/Suspensions\"", false)]
    [InlineData("shihe.clerk", "/Certifications", "id=\"orgUnitCode\"", true)]
    [InlineData("shunhe.clerk", "/Certifications", "id=\"orgUnitCode\"", false)]
    [InlineData("zj.review", "/Queries", "href=\"/Queries/Import\"", true)]
    [InlineData("shunhe.clerk", "/Queries", "href=\"/Queries/Import\"", false)]
    public async Task Page_ShowsTheLink_OnlyToThoseWhoMayUseIt(string user, string page, string marker, bool shown)
    {
        var client = await fixture.App.PageClientAsync(user);
        var html = await client.GetStringAsync(page);
        Assert.True(html.Contains(marker, StringComparison.Ordinal) == shown, $"{user} on {page}: {marker} should {(shown ? "" : "not ")}be shown");
    }

    [Fact]
    public async Task Home_CountsTheClerksPersons_AndNamesTheReviewersCentreItems()
    {
        var clerk = await (await fixture.App.PageClientAsync("shunhe.clerk")).GetStringAsync("/");
        Assert.Matches(@"<em>\d[\d,]* 人</em>", clerk);
        var reviewer = await (await fixture.App.PageClientAsync("jb.review")).GetStringAsync("/");
        Assert.Contains("本中心负责的服务事项", reviewer, StringComparison.Ordinal);
        Assert.Contains("href=\"/Guide/Item/", reviewer, StringComparison.Ordinal);
    }
}
