using System.Globalization;
using Microsoft.Playwright;
using Shebao.Core.Modules.Resident.Demo;
using Shebao.Tests.Support;

namespace Shebao.EndToEnd;

/// <summary>
/// The 城居保 items through the browser, on the demo persons: enrolment (A1-03), a claim whose amount equals the
/// calculator's (A1-10), and a death: the overpayment and the refund to the heir (A1-12).
/// </summary>
public sealed class ResidentFlowTests(LiveApp app, Browser browser) : IClassFixture<LiveApp>, IClassFixture<Browser>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static ILocator MaterialRow(IPage page, string material) =>
        page.Locator("tr", new() { Has = page.Locator($"input[type=file][aria-label='{material}']") });

    private static async Task UploadAsync(IPage page, string material)
    {
        var row = MaterialRow(page, material);
        await row.Locator("input[type=file][name=upload]").SetInputFilesAsync(new FilePayload { Name = "scan.png", MimeType = "image/png", Buffer = Scans.Png() });
        await row.Locator("button:has-text('上传')").ClickAsync();
        await Assertions.Expect(MaterialRow(page, material).Locator("a", new() { HasText = "scan.png" })).ToBeVisibleAsync();
    }

    /// <summary>Opens the new-case form, looks the applicant up (the record appears beside the form) and returns the page.</summary>
    private static async Task StartAsync(IPage page, string item, string id, string name)
    {
        await page.GotoAsync($"/Cases/New?item={item}");
        await page.FillAsync("#IdNumber", id);
        await page.FillAsync("#Name", name);
        await page.ClickAsync("#lookup");
        await Assertions.Expect(page.Locator("#known-title")).ToContainTextAsync(name);
    }

    private static async Task<string> AcceptAndSubmitAsync(IPage page, params string[] materials)
    {
        await page.ClickAsync("button[type=submit]:has-text('受理')");
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("已受理");
        var url = new Uri(page.Url).PathAndQuery;
        foreach (var m in materials) await UploadAsync(page, m);
        // With the materials scanned, every rule of the item holds.
        await Assertions.Expect(page.Locator("#rule-checks li.ok").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#rule-checks li.fail")).ToHaveCountAsync(0);
        await page.ClickAsync("button:has-text('提交审核')");
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("审核中");
        return url;
    }

    private static async Task ApproveAsync(IPage page, string caseUrl)
    {
        await Session.LogoutAsync(page);
        await Session.LoginAsync(page, "jb.review");
        await page.GotoAsync(caseUrl);
        await Assertions.Expect(page.Locator("#rule-checks")).ToBeVisibleAsync();
        await page.ClickAsync("button:has-text('审核通过')");
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("审核通过（办结）");
        await Session.LogoutAsync(page);
        await Session.LoginAsync(page, "shunhe.clerk");
        await page.GotoAsync(caseUrl);
        await page.ClickAsync("#case-person");
    }

    private static async Task<decimal> AmountAsync(ILocator cell) =>
        decimal.Parse((await cell.InnerTextAsync()).Split('元')[0].Replace(",", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);

    private static ILocator Fact(IPage page, string section, string label) =>
        page.Locator($"#section-{section} dt:text-is('{label}') + dd");

    [Fact]
    public async Task Enrolment_OfAResidentNotYetInsured_MakesThemAPayingMember()
    {
        var (name, id, _, _) = ResidentDemo.Listing.Single(p => p.State == "none");
        var page = await Session.NewPageAsync(browser, app);
        await Session.LoginAsync(page, "shunhe.clerk");
        await StartAsync(page, "A1-03", id, name);
        await Assertions.Expect(page.Locator("#section-resident .section-summary")).ToHaveTextAsync("未参保");
        await page.SelectOptionAsync("#form_ethnicity", "01");
        await page.SelectOptionAsync("#form_householdType", "1");
        await page.FillAsync("#form_householdAddress", "叶集区史河街道顺河社区第2组");
        await page.FillAsync("#form_residentialAddress", "顺河社区第2组31号");
        await page.FillAsync("#form_phone", "13905600031");
        await page.SelectOptionAsync("#form_insuredIdentity", "011");
        // Gender, birth date, township and village are filled from the ID number and the clerk's village; the grade is the year's list.
        await Assertions.Expect(page.Locator("#form_birthDate")).ToHaveValueAsync("1996-08-18");
        await Assertions.Expect(page.Locator("#form_village")).ToHaveValueAsync("顺河社区居委会");
        await page.SelectOptionAsync("#form_contributionGrade", "500");
        await page.SelectOptionAsync("#form_paymentMethod", "3");
        await page.SelectOptionAsync("#form_receivingOtherPension", "false");
        await page.FillAsync("#form_applicationDate", Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var caseUrl = await AcceptAndSubmitAsync(page, "居民身份证（或户口簿）", "城乡居民基本养老保险参保登记表（本人签字）");
        await ApproveAsync(page, caseUrl);

        await Assertions.Expect(page.Locator("#section-resident .section-summary")).ToHaveTextAsync("正常缴费");
        await Assertions.Expect(Fact(page, "resident", "缴费档次")).ToHaveTextAsync("500.00元/年");
        await Assertions.Expect(page.Locator("#person-history")).ToContainTextAsync("城居保参保登记");
        await Session.ShotAsync(page, "resident-01-enrolled");
    }

    [Fact]
    public async Task Claim_At60_StartsABenefit_WhoseAmountIsTheCalculators()
    {
        var page = await Session.NewPageAsync(browser, app);
        await Session.LoginAsync(page, "shunhe.clerk");
        await StartAsync(page, "A1-10", "341504196503150027", "王秀兰");
        await Assertions.Expect(Fact(page, "resident", "已缴费年限")).ToHaveTextAsync("15年");
        await Assertions.Expect(Fact(page, "resident", "欠费年度")).ToHaveTextAsync("无");
        await page.FillAsync("#form_benefitStartMonth", "2025-04");
        await page.FillAsync("#form_paymentAccount", "6228480000123456789");
        await page.SelectOptionAsync("#form_receivingOtherPension", "false");
        await page.SelectOptionAsync("#form_hasBackPayment", "false");
        await page.FillAsync("#form_applicationDate", Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var caseUrl = await AcceptAndSubmitAsync(page, "居民身份证", "城乡居民基本养老保险待遇核定申请表", "本人银行卡或社会保障卡");
        await ApproveAsync(page, caseUrl);

        await Assertions.Expect(page.Locator("#section-resident .section-summary")).ToHaveTextAsync("正常待遇");
        var monthly = await AmountAsync(Fact(page, "benefit", "月养老金"));
        await Session.ShotAsync(page, "resident-02-benefit");

        // The staff calculator starts from the same record: years and balance pre-filled, nothing left to plan.
        await page.ClickAsync("a:has-text('城居保待遇测算')");
        await Assertions.Expect(page.Locator("#YearsPaid")).ToHaveValueAsync("15");
        await Assertions.Expect(page.Locator("#PlannedYears")).ToHaveValueAsync("0");
        await page.ClickAsync("button:has-text('测算')");
        Assert.Equal(monthly, await AmountAsync(page.Locator("#monthly-total")));
        Assert.True(monthly > 143m, "basic pension plus an account pension");
        await Session.ShotAsync(page, "resident-03-calculator");
    }

    [Fact]
    public async Task Death_OfAPensioner_ShowsTheOverpaymentAndTheRefundToTheHeir()
    {
        var page = await Session.NewPageAsync(browser, app);
        await Session.LoginAsync(page, "shunhe.clerk");
        await StartAsync(page, "A1-12", "341504195807120041", "李桂英");
        var monthly = await AmountAsync(Fact(page, "benefit", "月养老金"));
        var died = Today.AddMonths(-3);
        await page.SelectOptionAsync("#form_terminationReason", "1401");
        await page.FillAsync("#form_terminationMonth", died.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture));
        await page.FillAsync("#form_deathDate", died.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#form_hasFuneralGrant", "false");
        await page.FillAsync("#form_heirName", "张建国");
        await page.FillAsync("#form_heirIdNumber", HeirId);
        await page.FillAsync("#form_heirRelationship", "儿子");
        await page.FillAsync("#form_heirBankAccount", "6228480000987654321");
        var caseUrl = await AcceptAndSubmitAsync(page, "参保人居民身份证", "城乡居民基本养老保险注销登记表", "死亡证明（医学死亡证明、火化证明或户籍注销证明）",
            "继承人居民身份证", "继承人与参保人亲属关系证明");
        await ApproveAsync(page, caseUrl);

        await Assertions.Expect(page.Locator("#section-resident .section-summary")).ToHaveTextAsync("终止参保");
        // Paid through this month, entitled through the death month: three months to recover.
        await Assertions.Expect(Fact(page, "benefit", "多发待遇（应追回）")).ToContainTextAsync($"{3 * monthly:0.00}元");
        await Assertions.Expect(Fact(page, "benefit", "退还个人账户余额")).ToContainTextAsync("退还继承人张建国（儿子");
        await Assertions.Expect(Fact(page, "benefit", "死亡日期")).ToHaveTextAsync(died.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Session.ShotAsync(page, "resident-04-death");
    }

    private static readonly string HeirId = "34150419800606003" + Shebao.Core.Modules.Persons.IdNumber.CheckChar("34150419800606003");
}
