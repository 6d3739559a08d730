using Microsoft.Playwright;

namespace Shebao.EndToEnd;

/// <summary>What every browser test does the same way: a fresh zh-CN context, signing in and out, screenshots.</summary>
public static class Session
{
    public static async Task<IPage> NewPageAsync(Browser browser, LiveApp app, int width = 1280, int height = 900)
    {
        var context = await browser.Instance.NewContextAsync(new() { Locale = "zh-CN", BaseURL = app.BaseUrl, ViewportSize = new() { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotDir, name + ".png"), FullPage = true });

    public static async Task LoginAsync(IPage page, string userName)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", "Yeji@2026");
        await page.PressAsync("#Password", "Enter");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    /// <summary>Signs out through the header's 退出 button and checks that the session really ended.</summary>
    public static async Task LogoutAsync(IPage page)
    {
        await page.ClickAsync("header button:has-text('退出')");
        // A working logout POSTs to /Account/Logout and is redirected to the login page; a refused POST stays on /Account/Logout.
        await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.Ordinal));
        Assert.True(page.Url.Contains("/Account/Login", StringComparison.Ordinal),
            $"退出 did not end the session: {page.Url} answered \"{await page.Locator("body").InnerTextAsync()}\"");
        await Assertions.Expect(page.Locator("#UserName")).ToBeVisibleAsync();
    }
}
