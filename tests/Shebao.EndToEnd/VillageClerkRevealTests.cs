using Microsoft.Playwright;

namespace Shebao.EndToEnd;

/// <summary>A village clerk finds a person of their village, sees the masked ID, reveals it with a reason; the auditor sees the reveal.</summary>
public sealed class VillageClerkRevealTests(LiveApp app, Browser browser) : IClassFixture<LiveApp>, IClassFixture<Browser>
{
    [Fact]
    public async Task Clerk_SearchesMasked_RevealsWithReason_AndTheAuditorSeesIt()
    {
        var page = await Session.NewPageAsync(browser, app);
        try
        {
            await Session.LoginAsync(page, "shunhe.clerk");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("顺河社区居委会");
            await Session.ShotAsync(page, "01-home-village-clerk");

            // Keyboard only: the nav link has an access key, the form submits on Enter.
            await page.ClickAsync("nav >> text=参保人查询");
            await page.FillAsync("#IdNumber", "341504196503150027");
            await page.PressAsync("#IdNumber", "Enter");
            await Assertions.Expect(page.Locator("table.grid")).ToContainTextAsync("341504********0027");
            await Assertions.Expect(page.Locator("table.grid")).ToContainTextAsync("王*兰");
            Assert.DoesNotContain("341504196503150027", page.Url, StringComparison.Ordinal);
            await Session.ShotAsync(page, "02-search-masked");

            await page.ClickAsync("table.grid >> text=查看");
            await Assertions.Expect(page.Locator("#id-number")).ToHaveTextAsync("341504********0027");
            await Session.ShotAsync(page, "03-detail-masked");

            await page.ClickAsync("button:has-text('查看完整信息')");
            await Assertions.Expect(page.Locator(".errors")).ToContainTextAsync("请填写查看完整信息的事由");
            await page.FillAsync("#Reason", "核对参保登记表");
            await page.ClickAsync("button:has-text('查看完整信息')");
            await Assertions.Expect(page.Locator("#id-number")).ToHaveTextAsync("341504196503150027");
            await Session.ShotAsync(page, "04-detail-revealed");

            await page.ClickAsync("button:has-text('退出')");
            await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.Ordinal));
            await Session.LoginAsync(page, "auditor");
            await page.GotoAsync("/Audit?Action=person.reveal");
            var row = page.Locator("table.audit tbody tr").First;
            await Assertions.Expect(row).ToContainTextAsync("shunhe.clerk");
            await Assertions.Expect(row).ToContainTextAsync("核对参保登记表");
            await Assertions.Expect(row).ToContainTextAsync("idNumber,phone,bankAccount");
            await Session.ShotAsync(page, "05-audit-trail");
        }
        catch
        {
            await Session.ShotAsync(page, "failure");
            throw;
        }
    }

    [Fact]
    public async Task Guide_IsReadable_WithoutLogin_AndPrintable()
    {
        var page = await Session.NewPageAsync(browser, app);
        await page.GotoAsync("/Guide");
        await page.FillAsync("#q", "户口簿");
        await page.PressAsync("#q", "Enter");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("制度内转移申请");
        await page.GotoAsync("/Guide");
        await page.ClickAsync("text=城乡居民养老保险待遇申领");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("20个工作日");
        await Session.ShotAsync(page, "06-guide-item");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("header.top").IsVisibleAsync());
    }
}
