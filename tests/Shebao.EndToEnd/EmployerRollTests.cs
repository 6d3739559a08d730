using Microsoft.Playwright;

namespace Shebao.EndToEnd;

/// <summary>A village clerk opens the employers of their area from the menu and reads one roll, IDs masked; another village does not see it.</summary>
public sealed class EmployerRollTests(LiveApp app, Browser browser) : IClassFixture<LiveApp>, IClassFixture<Browser>
{
    [Fact]
    public async Task Clerk_OpensTheirEmployer_AndItsMaskedRoll_AnotherVillageDoesNotSeeIt()
    {
        var page = await Session.NewPageAsync(browser, app);
        try
        {
            await Session.LoginAsync(page, "shunhe.clerk");
            await page.ClickAsync("nav >> text=参保单位");
            await Assertions.Expect(page.Locator("table.grid")).ToContainTextAsync("叶集区顺河建材有限公司");
            await Assertions.Expect(page.Locator("table.grid")).Not.ToContainTextAsync("史河木业");
            await page.ClickAsync("table.grid >> text=查看");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("叶集区顺河建材有限公司");
            await Assertions.Expect(page.Locator("#roll")).ToContainTextAsync("在职参保");
            // Every ID in the roll is masked: six digits, eight stars, four characters.
            var ids = await page.Locator("#roll code.masked").AllTextContentsAsync();
            Assert.NotEmpty(ids);
            Assert.All(ids, id => Assert.Matches(@"^\d{6}\*{8}[0-9X]{4}$", id));
            await Session.ShotAsync(page, "employer-roll");
            var url = page.Url;

            await page.ClickAsync("button:has-text('退出')");
            await page.WaitForURLAsync(u => u.Contains("/Account/Login", StringComparison.Ordinal));
            await Session.LoginAsync(page, "wulou.clerk");
            await page.GotoAsync("/Employers");
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("叶集区顺河建材有限公司");
            var response = await page.GotoAsync(url);
            Assert.Equal(404, response!.Status);
        }
        catch
        {
            await Session.ShotAsync(page, "employer-roll-failure");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
