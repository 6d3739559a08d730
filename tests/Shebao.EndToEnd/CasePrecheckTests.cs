using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Shebao.EndToEnd;

/// <summary>A village clerk sees the item's checks beside the form while filling it, before pressing 受理.</summary>
public sealed partial class CasePrecheckTests(LiveApp app, Browser browser) : IClassFixture<LiveApp>, IClassFixture<Browser>
{
    [GeneratedRegex(@"/Cases/Detail/[0-9a-fA-F-]{36}$")]
    private static partial Regex DetailUrlPattern();

    [Fact]
    public async Task Checks_ShowBeside_TheForm_Before受理()
    {
        var page = await Session.NewPageAsync(browser, app);
        await page.SetViewportSizeAsync(1366, 768);
        await Session.LoginAsync(page, "shunhe.clerk");
        await page.GotoAsync("/Cases/New?item=A1-04");
        await page.FillAsync("#IdNumber", "341504196503150027");
        await page.FillAsync("#Name", "王秀兰");
        await page.SelectOptionAsync("#form_changeItem", "address");
        await page.FillAsync("#form_newAddress", "顺河社区第6组18号");
        await page.FillAsync("#form_newPhone", "13905600099");
        await page.FillAsync("#form_reason", "搬家");

        // Nothing pressed: the panel fills in as the clerk types, and a failing rule leaves only notice or refusal.
        var failing = page.Locator("#precheck #rule-checks li.fail");
        await Assertions.Expect(failing).ToContainTextAsync("一次只变更所选的项目");
        await Assertions.Expect(page.Locator("#precheck #refuse")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#precheck #accept-notice")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#precheck #accept")).ToHaveCountAsync(0);
        await Session.ShotAsync(page, "precheck-01-failing-1366");

        // The clerk removes the stray phone: every rule holds and plain 受理 is back.
        await page.FillAsync("#form_newPhone", "");
        await Assertions.Expect(failing).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#precheck #rule-checks li.ok").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#precheck #accept")).ToBeVisibleAsync();
        await page.SetViewportSizeAsync(390, 844);
        await Session.ShotAsync(page, "precheck-02-passing-390");

        await page.ClickAsync("#precheck #accept");
        await Assertions.Expect(page).ToHaveURLAsync(DetailUrlPattern());
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("已受理");
    }
}
