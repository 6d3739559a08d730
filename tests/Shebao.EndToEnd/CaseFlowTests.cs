using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Shebao.EndToEnd;

/// <summary>
/// One case through its whole life: a village clerk accepts 基础信息变更, uploads materials (refused while
/// incomplete), submits; the 居保中心 reviewer returns it once with a written reason; the clerk corrects and
/// resubmits; the reviewer approves; the clerk records the paper archive number.
/// </summary>
public sealed partial class CaseFlowTests(LiveApp app, Browser browser) : IClassFixture<LiveApp>, IClassFixture<Browser>
{
    private const string IdCard = "居民身份证";
    private const string ApplicationForm = "城乡居民基本养老保险信息变更登记表";

    [GeneratedRegex(@"^YJ\d{6}JB\d{5}$")]
    private static partial Regex CaseNumberPattern();

    [GeneratedRegex(@"/Cases/Detail/[0-9a-fA-F-]{36}$")]
    private static partial Regex DetailUrlPattern();

    private static async Task OpenCaseAsync(IPage page, string caseUrl, string caseNumber)
    {
        await page.GotoAsync(caseUrl);
        await Assertions.Expect(page.Locator("#case-number")).ToHaveTextAsync(caseNumber);
    }

    [Fact]
    public async Task Case_IsAccepted_Submitted_Returned_Resubmitted_Approved_AndArchived()
    {
        var page = await Session.NewPageAsync(browser, app);
        try
        {
            // 1. 受理
            await Session.LoginAsync(page, "shunhe.clerk");
            await page.GotoAsync("/Cases/New?item=A1-04");
            await Assertions.Expect(page.Locator("h2")).ToContainTextAsync("基础信息变更");
            await page.FillAsync("#IdNumber", "341504195807120041");
            await page.FillAsync("#Name", "李桂英");
            await page.SelectOptionAsync("#form_changeItem", "address");
            await page.FillAsync("#form_newAddress", "顺河社区第5组");
            await page.FillAsync("#form_reason", "搬家");
            await page.ClickAsync("button[type=submit]:has-text('受理')");
            await Assertions.Expect(page).ToHaveURLAsync(DetailUrlPattern());
            await Assertions.Expect(page.Locator("#case-number")).ToHaveTextAsync(CaseNumberPattern());
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("已受理");
            var caseNumber = (await page.Locator("#case-number").TextContentAsync())!.Trim();
            var caseUrl = new Uri(page.Url).PathAndQuery;
            await Session.ShotAsync(page, "case-01-accepted");

            // 2. Materials: with only the ID card the submit is refused, with the form too it goes to review.
            await CaseMaterials.UploadAsync(page, IdCard, "id.png");
            await Assertions.Expect(CaseMaterials.Row(page, ApplicationForm)).ToContainTextAsync("缺少");
            await page.ClickAsync("button:has-text('提交审核')");
            await Assertions.Expect(page.Locator(".errors")).ToContainTextAsync("材料不全");
            await Assertions.Expect(page.Locator(".errors")).ToContainTextAsync(ApplicationForm);
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("已受理");
            await Session.ShotAsync(page, "case-02-incomplete");

            await CaseMaterials.UploadAsync(page, ApplicationForm, "form.png");
            await page.ClickAsync("button:has-text('提交审核')");
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("审核中");
            await Assertions.Expect(page.Locator("input[type=file]")).ToHaveCountAsync(0);
            await Session.ShotAsync(page, "case-03-submitted");

            // 3. The reviewer returns it, naming the missing material and the reason once.
            await Session.LogoutAsync(page);
            await Session.LoginAsync(page, "jb.review");
            await page.GotoAsync("/Cases?status=submitted");
            await page.ClickAsync($"table.grid a:has-text('{caseNumber}')");
            await Assertions.Expect(page.Locator("#case-number")).ToHaveTextAsync(caseNumber);
            await page.CheckAsync("input[name=missingMaterials][value=APPLICATION_FORM]");
            await page.FillAsync("#reason-return", "登记表未签字");
            await page.ClickAsync("button:has-text('退回补正')");
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("退回补正");
            await Session.ShotAsync(page, "case-04-returned");

            // 4. The clerk sees the returned case first, reads the notice, replaces the form and resubmits.
            await Session.LogoutAsync(page);
            await Session.LoginAsync(page, "shunhe.clerk");
            await page.GotoAsync("/Cases");
            var firstLink = page.Locator("table.grid tbody tr").First.Locator("a");
            await Assertions.Expect(firstLink).ToHaveTextAsync(caseNumber);
            await firstLink.ClickAsync();
            await Assertions.Expect(page.Locator("#case-number")).ToHaveTextAsync(caseNumber);
            await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("登记表未签字");
            await Assertions.Expect(CaseMaterials.Row(page, ApplicationForm)).ToContainTextAsync("需补正");
            await CaseMaterials.UploadAsync(page, ApplicationForm, "form-signed.png");
            await page.ClickAsync("button:has-text('补正后重新提交')");
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("审核中");
            await Session.ShotAsync(page, "case-05-resubmitted");

            // 5. The same reviewer approves.
            await Session.LogoutAsync(page);
            await Session.LoginAsync(page, "jb.review");
            await OpenCaseAsync(page, caseUrl, caseNumber);
            await page.ClickAsync("button:has-text('审核通过')");
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("审核通过（办结）");
            await Session.ShotAsync(page, "case-06-approved");

            // 6. The clerk records where the paper file is kept.
            await Session.LogoutAsync(page);
            await Session.LoginAsync(page, "shunhe.clerk");
            await OpenCaseAsync(page, caseUrl, caseNumber);
            await page.FillAsync("#archive", "SH-2026-0042");
            await page.ClickAsync("button:has-text('归档')");
            await Assertions.Expect(page.Locator("#archive-no")).ToHaveTextAsync("SH-2026-0042");
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("审核通过（办结）");
            await Assertions.Expect(page.Locator("#archive")).ToHaveCountAsync(0);
            await Session.ShotAsync(page, "case-07-archived");

            // The receipt the clerk prints from the case page carries the case number (text read with PdfPig).
            var receiptUrl = await page.Locator("#print-receipt").GetAttributeAsync("href");
            var receipt = await page.Context.APIRequest.GetAsync(receiptUrl!);
            Assert.Equal("application/pdf", receipt.Headers["content-type"]);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(await receipt.BodyAsync());
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.Contains(caseNumber, text, StringComparison.Ordinal);
            Assert.Contains("受理回执", text, StringComparison.Ordinal);
        }
        catch
        {
            await Session.ShotAsync(page, "case-failure");
            throw;
        }
    }
}
