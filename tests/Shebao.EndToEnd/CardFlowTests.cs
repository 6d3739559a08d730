using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shebao.Core.Modules.Cards;

namespace Shebao.EndToEnd;

/// <summary>
/// A lost card at the counter: formal loss, replacement application, the bureau's production result imported
/// by the 信息中心, the new card handed over and activated with the keyboard, and the printed status proof.
/// </summary>
public sealed partial class CardFlowTests(LiveApp app, Browser browser) : IClassFixture<LiveApp>, IClassFixture<Browser>
{
    [GeneratedRegex(@"/Cards/Card/[0-9a-fA-F-]{36}$")]
    private static partial Regex CardUrlPattern();

    [Fact]
    public async Task LostCard_IsReplaced_Produced_Activated_AndTheProofShowsTheNewCard()
    {
        var page = await Session.NewPageAsync(browser, app);
        try
        {
            // 1. The clerk finds 王秀兰's card by ID number, with the keyboard only.
            await Session.LoginAsync(page, "shunhe.clerk");
            await page.GotoAsync("/Cards");
            await Assertions.Expect(page.Locator("#card-query")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("341504196503150027");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(CardUrlPattern());
            await Assertions.Expect(page.Locator("#card-status")).ToHaveTextAsync("正常");
            var oldUrl = new Uri(page.Url).PathAndQuery;
            await Session.ShotAsync(page, "card-01-found");

            // 2. 正式挂失, then 补领 (reason lost) → a new card in production.
            await page.ClickAsync("#op-formal-loss");
            await Assertions.Expect(page.Locator("#card-status")).ToHaveTextAsync("正式挂失");
            await Assertions.Expect(page.Locator("#app-social")).ToHaveTextAsync("冻结");
            await page.SelectOptionAsync("#replace-reason", "lost");
            await page.ClickAsync("#op-replace");
            await Assertions.Expect(page.Locator("#card-status")).ToHaveTextAsync("申领已受理");
            Assert.NotEqual(oldUrl, new Uri(page.Url).PathAndQuery);
            var newUrl = new Uri(page.Url).PathAndQuery;
            await Session.ShotAsync(page, "card-02-replacement-applied");

            // 3. The 信息中心 exports the batch and imports the bureau's result for it.
            await Session.LogoutAsync(page);
            await Session.LoginAsync(page, "xx.review");
            await page.GotoAsync("/Cards/Bureau");
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#bureau-export"));
            var exported = await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8);
            var row = exported.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Single(l => l.Contains("341504196503150027", StringComparison.Ordinal));
            var applicationNo = row.Split(',')[1];
            const string newNumber = "YJ0009001";
            var result = $"{CardBureau.ImportHeader}\r\n{applicationNo},{newNumber},341500D156000005AB8B9EC6D673A500,ready,2026-11-25,2036-11-25\r\n";
            await page.SetInputFilesAsync("#bureau-file", new FilePayload { Name = "result.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(result) });
            await page.ClickAsync("#bureau-import");
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("制成 1 张");
            await Session.ShotAsync(page, "card-03-imported");

            // 4. The clerk hands the card over and the holder sets a PIN: the keyboard is enough.
            await Session.LogoutAsync(page);
            await Session.LoginAsync(page, "shunhe.clerk");
            await page.GotoAsync(newUrl);
            await Assertions.Expect(page.Locator("#card-status")).ToHaveTextAsync("待领卡");
            await Assertions.Expect(page.Locator("#card-number")).ToHaveTextAsync(newNumber);
            await page.Locator("#op-collect").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("#card-status")).ToHaveTextAsync("未启用");
            await page.Locator("#activate-pin").FocusAsync();
            await page.Keyboard.TypeAsync("739251");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("#card-status")).ToHaveTextAsync("正常");
            await Assertions.Expect(page.Locator("#activate-pin")).ToHaveCountAsync(0);
            Assert.DoesNotContain("739251", await page.ContentAsync(), StringComparison.Ordinal);
            await Session.ShotAsync(page, "card-04-activated");

            // The old card was cancelled when the new one was handed over.
            await page.GotoAsync(oldUrl);
            await Assertions.Expect(page.Locator("#card-status")).ToHaveTextAsync("已注销");

            // 5. The status proof of the new card, read with PdfPig.
            await page.GotoAsync(newUrl);
            var proofUrl = await page.Locator("#print-status").GetAttributeAsync("href");
            var proof = await page.Context.APIRequest.GetAsync(proofUrl!);
            Assert.Equal("application/pdf", proof.Headers["content-type"]);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(await proof.BodyAsync());
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.Contains("社会保障卡应用状态证明", text, StringComparison.Ordinal);
            Assert.Contains(newNumber, text, StringComparison.Ordinal);
            Assert.Contains("卡状态正常", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        catch
        {
            await Session.ShotAsync(page, "card-failure");
            throw;
        }
    }
}
