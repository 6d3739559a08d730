using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Platform.Clock;
using Shebao.Tests.Support;

namespace Shebao.EndToEnd;

/// <summary>
/// Issue 7 in the browser: the 顺河社区 clerk finds 何国庆 on the overdue list, certifies her at home with a photo;
/// the 养老中心 reviewer sees the photo and approves; she leaves the overdue list, next due 12 months on.
/// </summary>
public sealed partial class CertificationFlowTests(LiveApp app, Browser browser) : IClassFixture<LiveApp>, IClassFixture<Browser>
{
    [GeneratedRegex(@"/Cases/Detail/[0-9a-fA-F-]{36}$")]
    private static partial Regex DetailUrlPattern();

    private static ILocator Row(IPage page, string material) =>
        page.Locator("tr", new() { Has = page.Locator($"input[type=file][aria-label='{material}']") });

    [Fact]
    public async Task VillageClerk_CertifiesAnOverdueRetiree_WithAPhoto_ReviewerApproves_NextDueTwelveMonthsOn()
    {
        var page = await Session.NewPageAsync(browser, app);
        var today = TimeProvider.System.TodayInChina();
        try
        {
            await Session.LoginAsync(page, "shunhe.clerk");
            await page.ClickAsync("nav a:has-text('资格认证')");
            await page.ClickAsync("#tab-overdue");
            var liRow = page.Locator("#due-list tbody tr", new() { HasText = "何国庆" });
            await Assertions.Expect(liRow).ToContainTextAsync("逾期未认证");
            await Session.ShotAsync(page, "cert-01-overdue-list");

            // 办理认证 opens the case filled in from the list: the clerk never types or sees the ID number.
            await liRow.Locator("button:has-text('办理认证')").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(DetailUrlPattern());
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("已受理");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("职工养老保险待遇资格认证");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("何国庆");
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("34150419580916091X");
            await Assertions.Expect(page.Locator("#value-certificationMethod")).ToHaveTextAsync("上门认证");
            await Assertions.Expect(page.Locator("#value-certificationPlace")).ToHaveTextAsync("家中（上门）");
            await Assertions.Expect(page.Locator("#value-certifiedAt")).ToHaveTextAsync(today.ToString("yyyy-MM-dd"));
            await Session.ShotAsync(page, "cert-01b-prefilled");
            await page.ClickAsync("#correct-form summary");
            await page.FillAsync("#correct_remarks", "行动不便，村经办员上门认证");
            await page.ClickAsync("#save-form");
            await Assertions.Expect(page.Locator("#value-remarks")).ToHaveTextAsync("行动不便，村经办员上门认证");
            var caseUrl = new Uri(page.Url).PathAndQuery;

            foreach (var (material, file) in new[] { ("居民身份证", "id.png"), ("认证现场照片（人脸）", "face.png") })
            {
                await Row(page, material).Locator("input[type=file][name=upload]").SetInputFilesAsync(new FilePayload { Name = file, MimeType = "image/png", Buffer = Scans.Png() });
                await Row(page, material).Locator("button:has-text('上传')").ClickAsync();
                await Assertions.Expect(Row(page, material).Locator("a", new() { HasText = file })).ToBeVisibleAsync();
            }
            await page.ClickAsync("button:has-text('提交审核')");
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("审核中");
            await Session.ShotAsync(page, "cert-02-submitted");

            await Session.LogoutAsync(page);
            await Session.LoginAsync(page, "yl.review");
            await page.GotoAsync(caseUrl);
            await Assertions.Expect(page.Locator("img.thumb[alt='face.png']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#section-certification")).ToContainTextAsync("逾期未认证");
            await Assertions.Expect(page.Locator("#previous-photos")).ToContainTextAsync("首次在平台认证");
            await Session.ShotAsync(page, "cert-03-review");
            await page.ClickAsync("button:has-text('审核通过')");
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("审核通过（办结）");

            var next = YearMonth.Of(today).AddMonths(12).ToString();
            await Session.LogoutAsync(page);
            await Session.LoginAsync(page, "shunhe.clerk");
            await page.GotoAsync("/Certifications?bucket=overdue");
            await Assertions.Expect(page.Locator("#due-list")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#due-list tbody tr", new() { HasText = "何国庆" })).ToHaveCountAsync(0);
            await page.GotoAsync("/Persons");
            await page.FillAsync("#IdNumber", "34150419580916091X");
            await page.ClickAsync("form[role=search] button[type=submit]");
            await page.Locator("table.grid a:has-text('查看')").First.ClickAsync();
            await Assertions.Expect(page.Locator("#section-certification")).ToContainTextAsync($"已认证，下次 {next}");
            await Session.ShotAsync(page, "cert-04-renewed");
        }
        catch
        {
            await Session.ShotAsync(page, "cert-failure");
            throw;
        }
    }
}
