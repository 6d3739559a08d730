using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Shebao.EndToEnd;

/// <summary>
/// Issue 14 in the browser at 1366×768: the village clerk accepts 基础信息变更 with a typo in the new address and corrects
/// it with 修改申请表 instead of starting over; the reviewer sees the correction in the history, returns the case naming
/// the application form; the clerk corrects the reason and resubmits with a written reason instead of a new file; the
/// reviewer sees "自退回后修改了：…" and the clerk's reason.
/// </summary>
public sealed partial class CaseFormCorrectionFlowTests(LiveApp app, Browser browser) : IClassFixture<LiveApp>, IClassFixture<Browser>
{
    private const string IdCard = "居民身份证";
    private const string ApplicationForm = "城乡居民基本养老保险信息变更登记表";

    [GeneratedRegex(@"/Cases/Detail/[0-9a-fA-F-]{36}$")]
    private static partial Regex DetailUrlPattern();

    [Fact]
    public async Task Clerk_CorrectsATypoAfterAcceptance_ReviewerSeesTheChange()
    {
        var page = await Session.NewPageAsync(browser, app, 1366, 768);
        try
        {
            // 1. 受理 with a typo (租 for 组), then 修改申请表.
            await Session.LoginAsync(page, "shunhe.clerk");
            await page.GotoAsync("/Cases/New?item=A1-04");
            await page.FillAsync("#IdNumber", "341504195807120041");
            await page.FillAsync("#Name", "李桂英");
            await page.SelectOptionAsync("#form_changeItem", "address");
            await page.FillAsync("#form_newAddress", "顺河社区第5租");
            await page.FillAsync("#form_reason", "搬家");
            await page.ClickAsync("button[type=submit]:has-text('受理')");
            await Assertions.Expect(page).ToHaveURLAsync(DetailUrlPattern());
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("已受理");
            var caseUrl = new Uri(page.Url).PathAndQuery;

            await page.ClickAsync("#correct-form summary");
            await Assertions.Expect(page.Locator("#correct_newAddress")).ToHaveValueAsync("顺河社区第5租");
            await page.FillAsync("#correct_newAddress", "顺河社区第5组");
            await Session.ShotAsync(page, "correct-01-form-open");
            await page.ClickAsync("#save-form");
            await Assertions.Expect(page.Locator("#value-newAddress")).ToHaveTextAsync("顺河社区第5组");
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("已受理");
            var history = page.Locator("table.grid", new() { Has = page.Locator("th:has-text('意见')") });
            await Assertions.Expect(history).ToContainTextAsync("修改申请表");
            await Assertions.Expect(history).ToContainTextAsync("顺河社区第5租 → 顺河社区第5组");
            await Session.ShotAsync(page, "correct-02-corrected");

            await CaseMaterials.UploadAsync(page, IdCard, "id.png");
            await CaseMaterials.UploadAsync(page, ApplicationForm, "form.png");
            await page.ClickAsync("button:has-text('提交审核')");
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("审核中");
            // Under review the form is the reviewer's to read, not the clerk's to change.
            await Assertions.Expect(page.Locator("#correct-form")).ToHaveCountAsync(0);

            // 2. The reviewer reads the correction in the history and returns the case, naming the form.
            await Session.LogoutAsync(page);
            await Session.LoginAsync(page, "jb.review");
            await page.GotoAsync(caseUrl);
            await Assertions.Expect(page.Locator("#value-newAddress")).ToHaveTextAsync("顺河社区第5组");
            await Assertions.Expect(history).ToContainTextAsync("顺河社区第5租 → 顺河社区第5组");
            await Assertions.Expect(page.Locator("#correct-form")).ToHaveCountAsync(0);
            await Session.ShotAsync(page, "correct-03-reviewer-history");
            await page.CheckAsync("input[name=missingMaterials][value=APPLICATION_FORM]");
            await page.FillAsync("#reason-return", "变更原因请写具体");
            await page.ClickAsync("button:has-text('退回补正')");
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("退回补正");

            // 3. The clerk corrects the reason; without a new form the resubmission needs a written reason.
            await Session.LogoutAsync(page);
            await Session.LoginAsync(page, "shunhe.clerk");
            await page.GotoAsync(caseUrl);
            await page.ClickAsync("#correct-form summary");
            await page.FillAsync("#correct_reason", "搬家到女儿家附近");
            await page.ClickAsync("#save-form");
            await Assertions.Expect(page.Locator("#value-reason")).ToHaveTextAsync("搬家到女儿家附近");
            await page.ClickAsync("button:has-text('补正后重新提交')");
            await Assertions.Expect(page.Locator(".errors")).ToContainTextAsync(ApplicationForm);
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("退回补正");
            await page.FillAsync("#reason-resubmit", "登记表内容无误，只改了申请表里的变更原因");
            await Session.ShotAsync(page, "correct-04-resubmit-reason");
            await page.ClickAsync("button:has-text('补正后重新提交')");
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("审核中");

            // 4. The reviewer sees what changed since the return, and why there is no new form.
            await Session.LogoutAsync(page);
            await Session.LoginAsync(page, "jb.review");
            await page.GotoAsync(caseUrl);
            await Assertions.Expect(page.Locator("#since-return")).ToContainTextAsync("自退回后修改了");
            await Assertions.Expect(page.Locator("#since-return")).ToContainTextAsync("搬家 → 搬家到女儿家附近");
            await Assertions.Expect(page.Locator("#clerk-note")).ToContainTextAsync("登记表内容无误");
            await Session.ShotAsync(page, "correct-05-reviewer-since-return");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotDir, "correct-05-viewport.png") });
        }
        catch
        {
            await Session.ShotAsync(page, "correct-failure");
            throw;
        }
    }
}
