using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Shebao.EndToEnd;

/// <summary>
/// A retiree at the 史河街道 counter asks for his 月发放养老金构成明细表 (A2-11): the township clerk queries it with the
/// keyboard, prints the proof, and a bank clerk — anyone, signed out — confirms it on the public verification page.
/// </summary>
public sealed partial class QueryPrintFlowTests(LiveApp app, Browser browser) : IClassFixture<LiveApp>, IClassFixture<Browser>
{
    private const string HeGuoqing = "34150419580916091X";

    [GeneratedRegex(@"证明编号[：:]?\s*(ZM\d{8}[23456789A-Z]{6})")]
    private static partial Regex ProofNumber();

    [GeneratedRegex(@"验证码[：:]?\s*([23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8})")]
    private static partial Regex VerificationCode();

    [Fact]
    public async Task TownshipClerk_PrintsTheCompositionTable_AndThePublicPageConfirmsTheProof()
    {
        var page = await Session.NewPageAsync(browser, app);
        try
        {
            // 1. The clerk opens 查询打印 › A2-11 and queries October 2026 for 何国庆 with the keyboard.
            await Session.LoginAsync(page, "shihe.clerk");
            await page.GotoAsync("/Queries");
            await page.ClickAsync("a.tile:has-text('A2-11')");
            await Assertions.Expect(page.Locator("#q-idNumber")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync(HeGuoqing);
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync("2026-10");
            await page.Keyboard.PressAsync("Enter");
            var result = page.Locator("#query-result");
            await Assertions.Expect(result).ToContainTextAsync("何国庆");
            await Assertions.Expect(result).ToContainTextAsync("341504********091X");
            await Assertions.Expect(page.Locator("#result-table")).ToContainTextAsync("基础养老金");
            await Assertions.Expect(page.Locator("#amount-in-words")).Not.ToBeEmptyAsync();
            Assert.DoesNotContain(HeGuoqing, await page.ContentAsync(), StringComparison.Ordinal);
            var net = (await page.Locator("#result-table tr:has-text('实发') td.num").Last.InnerTextAsync()).Trim();
            await Session.ShotAsync(page, "query-01-composition");

            // 2. 打印证明: the same form posts to the print handler; the PDF the browser receives is read with PdfPig.
            //    (It opens in this tab here so the route sees it; clerks get it in a new tab.)
            byte[]? body = null;
            string? contentType = null;
            await page.RouteAsync(url => url.Contains("handler=Pdf", StringComparison.Ordinal), async route =>
            {
                var fetched = await route.FetchAsync();
                (body, contentType) = (await fetched.BodyAsync(), fetched.Headers["content-type"]);
                await route.FulfillAsync(new() { Response = fetched });
            });
            await page.Locator("#print-proof").EvaluateAsync("b => b.removeAttribute('formtarget')");
            await page.ClickAsync("#print-proof");
            for (var wait = 0; body is null && wait < 100; wait++) await Task.Delay(100);
            Assert.Equal("application/pdf", contentType);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(body!);
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.Contains("企业职工月发放养老金构成明细表", text, StringComparison.Ordinal);
            Assert.Contains("341504********091X", text, StringComparison.Ordinal);
            Assert.Contains(net, text, StringComparison.Ordinal);
            Assert.DoesNotContain(HeGuoqing, text, StringComparison.Ordinal);
            var number = ProofNumber().Match(text).Groups[1].Value;
            var code = VerificationCode().Match(text).Groups[1].Value;
            Assert.NotEmpty(number);
            Assert.NotEmpty(code);

            // 3. Signed out, the verification page (where the QR code leads) confirms the proof, masked.
            await page.GotoAsync("/");
            await Session.LogoutAsync(page);
            await page.GotoAsync("/verify");
            await page.FillAsync("#Number", number);
            await page.FillAsync("#Code", code);
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("#verify-status")).ToContainTextAsync("真实有效");
            await Assertions.Expect(page.Locator("#verify-title")).ToHaveTextAsync("企业职工月发放养老金构成明细表");
            await Assertions.Expect(page.Locator("#verify-summary")).ToContainTextAsync("何*庆（341504********091X）");
            await Assertions.Expect(page.Locator("#verify-summary")).ToContainTextAsync(net);
            await Session.ShotAsync(page, "query-02-verified");

            // A changed digit in the code is not valid and shows nothing of the proof.
            await page.GotoAsync($"/verify?no={number}&code={(code[0] == 'A' ? 'B' : 'A')}{code[1..]}");
            await Assertions.Expect(page.Locator("#verify-status")).ToContainTextAsync("无效");
            await Assertions.Expect(page.Locator("#verify-summary")).ToHaveCountAsync(0);
        }
        catch
        {
            await Session.ShotAsync(page, "query-failure");
            throw;
        }
    }
}
