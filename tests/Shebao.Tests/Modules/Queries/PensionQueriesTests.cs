using System.Net;
using System.Net.Http.Json;
using Shebao.Tests.Support;
using static Shebao.Tests.Modules.Queries.PensionQueryKit;

namespace Shebao.Tests.Modules.Queries;

/// <summary>
/// 企业职工养老 queries (A2-08, A2-11, A2-12, A2-13) on the demo retirees of 顺河社区: 何国庆 (2,316.40 a month, no
/// deductions) and 马秀珍 (1,987.15 + 20.00 其他补贴, 50.00 代扣 each month of 2024); 郑德胜 is unknown to the platform.
/// </summary>
[Trait("Category", "Db")]
public sealed class PensionQueriesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string He = "34150419580916091X";
    private const string Ma = "341504196411030925";
    private const string Unknown = "341502194903150016";   // 郑德胜, insured in 金安区: district scope only

    private TestApp App => fixture.App;

    [Fact]
    public async Task PaymentDetail_ListsEveryMonth_WithComponentsAndTotals()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var body = await OkAsync(clerk, "A2-08", new { idNumber = He });
        Assert.Equal("A2-08", body.GetProperty("itemCode").GetString());
        Assert.Equal("何国庆", body.GetProperty("subject").GetProperty("name").GetString());
        Assert.Equal(Masked(He), body.GetProperty("subject").GetProperty("idNumberMasked").GetString());
        Assert.DoesNotContain(He, body.GetRawText(), StringComparison.Ordinal);

        var rows = Rows(body);
        Assert.Equal(35, rows.Length);   // 2024-01 … 2026-11
        Assert.Equal(("2024-01", "2026-11"), (rows.Min(r => Cell(r, "period")), rows.Max(r => Cell(r, "period"))));
        var august = RowWhere(body, "period", "2024-08");   // the 2024 adjustment (+69.01) with 7 months' 补发
        Assert.Equal(("500.25", "483.07", "2753.08", "0.00", "2753.08"),
            (Cell(august, "adjustments"), Cell(august, "backPay"), Cell(august, "grossTotal"), Cell(august, "deduction"), Cell(august, "netPay")));
        var latest = RowWhere(body, "period", "2026-11");
        Assert.Equal(("1218.46", "431.65", "119.65", "2316.40"), (Cell(latest, "basicPension"), Cell(latest, "accountPension"), Cell(latest, "transitionalPension"), Cell(latest, "netPay")));
        var totals = body.GetProperty("totals");
        Assert.Equal("80517.32", totals.GetProperty("netPay").GetString());
        Assert.Equal("807.80", totals.GetProperty("backPay").GetString());
    }

    [Fact]
    public async Task PaymentDetail_PeriodFilter_KeepsOnlyThoseMonths_AndTotalsThem()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var body = await OkAsync(clerk, "A2-08", new { idNumber = He, from = "2025-01", to = "2025-12" });
        var rows = Rows(body);
        Assert.Equal(12, rows.Length);
        Assert.All(rows, r => Assert.StartsWith("2025-", Cell(r, "period"), StringComparison.Ordinal));
        Assert.Equal("27796.80", body.GetProperty("totals").GetProperty("netPay").GetString());

        var ma = await OkAsync(clerk, "A2-08", new { idNumber = Ma, from = "2024-12", to = "2025-01" });
        Assert.Equal(["50.00", "0.00"], Rows(ma).OrderBy(r => Cell(r, "period")).Select(r => Cell(r, "deduction")));
    }

    [Fact]
    public async Task PaymentDetail_WithAnInvalidMonthOrNoIdNumber_Is400()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.BadRequest, (await RunAsync(clerk, "A2-08", new { idNumber = He, from = "2025-13" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await RunAsync(clerk, "A2-08", new { from = "2025-01" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await RunAsync(clerk, "A2-08", new { idNumber = WrongCheckDigit(He) })).Status);
    }

    [Fact]
    public async Task Composition_ShowsTheLatestMonth_OrTheMonthAsked()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var latest = await OkAsync(clerk, "A2-11", new { idNumber = Ma });
        Assert.Equal("Composition", latest.GetProperty("layout").GetString(), ignoreCase: true);
        HasLine(latest, "过渡性调节金", "40.00");
        HasLine(latest, "其他补贴", "20.00");
        HasLine(latest, "应发合计", "2007.15");
        HasLine(latest, "实发", "2007.15");
        Assert.Equal("贰仟零柒元壹角伍分", latest.GetProperty("amountInWords").GetString());

        var august = await OkAsync(clerk, "A2-11", new { idNumber = Ma, from = "2024-08" });
        HasLine(august, "补发金额", "454.93");
        HasLine(august, "应发合计", "2418.48");
        HasLine(august, "代扣", "50.00");
        HasLine(august, "实发", "2368.48");
        Assert.DoesNotContain("2007.15", Values(august));
    }

    [Fact]
    public async Task Composition_OnThePage_ShowsTheMonthAsked_WithTheCapitals()
    {
        var clerk = await App.PageClientAsync("shunhe.clerk");
        var response = await TestApp.PostFormAsync(clerk, "/Queries/Run?item=A2-11", new() { ["Item"] = "A2-11", ["IdNumber"] = He, ["From"] = "2024-08" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Masked(He), html, StringComparison.Ordinal);
        Assert.Contains("2,753.08", html, StringComparison.Ordinal);   // 应发合计 and 实发 of 2024-08, with 483.07 补发
        Assert.Contains("483.07", html, StringComparison.Ordinal);
        Assert.Contains("贰仟柒佰伍拾叁元零捌分", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BasicInformation_ShowsTheRetireesRecord()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var body = await OkAsync(clerk, "A2-12", new { idNumber = Ma });
        HasLine(body, "个人编号", "34150410000092");
        HasLine(body, "单位名称", "安徽平岗纺织有限公司");
        HasLine(body, "退休日期", "2014-11-03");
        HasLine(body, "待遇开始时间", "2014-12");
        HasLine(body, "退休类别", "正常");
        HasLine(body, "缴费年限", "19");
        HasLine(body, "视同缴费年限", "5.9");
        HasLine(body, "待遇发放状态", "正常发放");
        HasLine(body, "退休金", "1987.15");
    }

    [Fact]
    public async Task Adjustments_ListEachYear_AndTheYearFilter()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var body = await OkAsync(clerk, "A2-13", new { idNumber = He });
        Assert.Equal(["2023", "2024", "2025"], Rows(body).Select(r => Cell(r, "year")).Order());
        var y2024 = RowWhere(body, "year", "2024");
        Assert.Equal(("2201.00", "27.00", "20.00", "22.01", "0.00", "2270.01", "7", "483.07"),
            (Cell(y2024, "before"), Cell(y2024, "fixedAmount"), Cell(y2024, "linkedYears"), Cell(y2024, "linkedPension"), Cell(y2024, "tilted"),
             Cell(y2024, "after"), Cell(y2024, "backPayMonths"), Cell(y2024, "backPayAmount")));
        Assert.Equal("1420.16", body.GetProperty("totals").GetProperty("backPayAmount").GetString());

        var only2025 = await OkAsync(clerk, "A2-13", new { idNumber = He, from = "2025", to = "2025" });
        Assert.Equal("2316.40", Cell(Assert.Single(Rows(only2025)), "after"));
    }

    /// <summary>Each print: the masked ID (never the full one), the key figures of the period asked, and the proof number.</summary>
    [Theory]
    [InlineData("A2-08", He, "2025-01", "2025-12", new[] { "何国庆", "2025-08", "324.73", "27796.80" }, new[] { "2024-08" })]
    [InlineData("A2-11", He, null, null, new[] { "企业职工月发放养老金构成明细表", "何国庆", "1218.46", "2316.40", "贰仟叁佰壹拾陆元肆角" }, new string[0])]
    [InlineData("A2-11", Ma, "2024-08", null, new[] { "马秀珍", "454.93", "2368.48", "贰仟叁佰陆拾捌元肆角捌分" }, new[] { "2007.15" })]
    [InlineData("A2-12", Ma, null, null, new[] { "马秀珍", "1987.15", "安徽平岗纺织有限公司", "2014-11-03" }, new string[0])]
    [InlineData("A2-13", He, null, null, new[] { "何国庆", "2270.01", "612.36", "1420.16" }, new string[0])]
    public async Task Print_CarriesTheMaskedId_TheKeyFigures_AndTheProofNumber(string item, string idNumber, string? from, string? to, string[] present, string[] absent) =>
        await PrintAsync(await App.ApiClientAsync("shunhe.clerk"), item, idNumber, from, to, present, absent);

    [Fact]
    public async Task AnUnknownSubject_IsSeenByTheDistrictOnly()
    {
        var village = await App.ApiClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await RunAsync(village, "A2-12", new { idNumber = Unknown })).Status);
        var district = await App.ApiClientAsync("yl.review");
        var body = await OkAsync(district, "A2-12", new { idNumber = Unknown });
        HasLine(body, "退休类别", "病退");
    }

    [Fact]
    public async Task ARetiree_OutsideTheCallersArea_Is404_InsideTheTownship_200()
    {
        var other = await App.ApiClientAsync("pinggang.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await RunAsync(other, "A2-08", new { idNumber = He })).Status);
        var response = await other.PostAsJsonAsync("/api/v1/queries/A2-11/pdf", new { idNumber = He });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var township = await App.ApiClientAsync("shihe.clerk");
        Assert.Equal(35, Rows(await OkAsync(township, "A2-08", new { idNumber = He })).Length);
    }

    [Theory]
    [InlineData("retiree-basics", "A2-12")]
    [InlineData("retiree-payments", "A2-08")]
    [InlineData("retiree-adjustments", "A2-13")]
    public async Task AMalformedFile_Is422_ReportsEveryBadLine_AndChangesNothing(string dataset, string item) =>
        await RefusedAsync(App, dataset, item, Unknown);

    [Theory]
    [InlineData("retiree-basics", "A2-12", "待遇发放状态", "暂停发放")]
    [InlineData("retiree-payments", "A2-08", "支付标志", "未支付")]
    [InlineData("retiree-adjustments", "A2-13", "补发月数", "6")]
    public async Task ReImportingARow_ReplacesIt(string dataset, string item, string label, string value) =>
        await ReplaceAsync(App, dataset, item, Unknown, label, value);

    [Fact]
    public async Task ImportingAKnownPersonsRow_LinksItToTheirVillage()
    {
        var reviewer = await App.ApiClientAsync("yl.review");
        var (header, _) = DemoFile("retiree-basics");
        var response = await ImportAsync(reviewer, "retiree-basics", Csv(header, DemoRows("retiree-basics", Ma)));
        var result = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1, 1, 0), (result.GetProperty("rows").GetInt32(), result.GetProperty("replaced").GetInt32(), result.GetProperty("unmatched").GetInt32()));
        HasLine(await OkAsync(await App.ApiClientAsync("shunhe.clerk"), "A2-12", new { idNumber = Ma }), "退休金", "1987.15");
    }

    [Fact]
    public void DemoFiles_AreArithmeticallyConsistent()
    {
        foreach (var r in DemoRows("retiree-payments"))
        {
            var parts = new[] { "基础养老金", "个人账户养老金", "过渡性养老金", "过渡性调节金", "历年调整增加额", "其他补贴", "补发金额" }.Sum(l => decimal.Parse(r[l], Inv));
            Assert.Equal(decimal.Parse(r["应发合计"], Inv), parts);
            Assert.Equal(decimal.Parse(r["实发"], Inv), decimal.Parse(r["应发合计"], Inv) - decimal.Parse(r["代扣"], Inv));
        }
        foreach (var r in DemoRows("retiree-adjustments"))
            Assert.Equal(decimal.Parse(r["调整后金额"], Inv),
                new[] { "调整前金额", "定额调整", "挂钩调整（缴费年限）", "挂钩调整（本人养老金）", "倾斜调整" }.Sum(l => decimal.Parse(r[l], Inv)));
        // The 退休金 in the basic data is the latest month's basic pension (应发 without 其他补贴 and 补发).
        foreach (var b in DemoRows("retiree-basics"))
        {
            var latest = DemoRows("retiree-payments", b["公民身份号码"]).MaxBy(r => r["费款所属期"])!;
            Assert.Equal(decimal.Parse(b["退休金"], Inv), decimal.Parse(latest["应发合计"], Inv) - decimal.Parse(latest["其他补贴"], Inv) - decimal.Parse(latest["补发金额"], Inv));
        }
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}
