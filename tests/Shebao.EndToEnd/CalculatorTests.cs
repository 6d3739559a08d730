using Microsoft.Playwright;

namespace Shebao.EndToEnd;

/// <summary>A citizen (no login) fills in the public 城居保 calculator on a phone-sized screen and reads the result.</summary>
public sealed class CalculatorTests(LiveApp app, Browser browser) : IClassFixture<LiveApp>, IClassFixture<Browser>
{
    [Fact]
    public async Task PublicResidentCalculator_ShowsTheMonthlyPension()
    {
        var context = await browser.Instance.NewContextAsync(new() { Locale = "zh-CN", BaseURL = app.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Calculators");
        await page.ClickAsync("text=城乡居民养老金测算");
        await page.FillAsync("#BirthDate", "1976-04-02");
        await page.FillAsync("#YearsPaid", "5");
        await page.FillAsync("#CurrentBalance", "3000");
        await page.SelectOptionAsync("#PlannedGrade", "300");
        await page.FillAsync("#PlannedYears", "10");
        await page.ClickAsync("button:has-text('测算')");

        var total = page.Locator("#monthly-total");
        await Assertions.Expect(total).ToBeVisibleAsync();
        var value = decimal.Parse((await total.InnerTextAsync()).Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var account = decimal.Parse((await page.Locator("#account-pension").InnerTextAsync()).Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(value > 143m, $"total {value} should exceed the basic pension");
        Assert.Equal(143m + account, value);
        await Assertions.Expect(page.Locator(".notice-strong")).ToContainTextAsync("不作为待遇核定依据");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotDir, "07-resident-calculator-phone.png"), FullPage = true });

        // An impossible input is explained, not a crash.
        await page.FillAsync("#PlannedYears", "40");
        await page.ClickAsync("button:has-text('测算')");
        await Assertions.Expect(page.Locator(".errors")).ToContainTextAsync("计划缴费年限最多");
    }
}
