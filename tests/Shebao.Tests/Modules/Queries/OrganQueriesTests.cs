using System.Globalization;
using System.Net;
using Shebao.Tests.Support;
using static Shebao.Tests.Modules.Queries.PensionQueryKit;

namespace Shebao.Tests.Modules.Queries;

/// <summary>
/// 机关保 and 职业年金 queries (A2-14 … A2-20) on the demo persons of 顺河社区: 汪淑琴, a primary-school teacher retired in
/// 2017 (6,701.34 a month including 职业年金 158.40), and 杨振宇, a 史河街道 civil servant paying into the annuity;
/// 程立新 (retired) and 鲁晓雯 (annuity, 实账 unit share) are unknown to the platform.
/// </summary>
[Trait("Category", "Db")]
public sealed class OrganQueriesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Teacher = "341504196205201025";
    private const string Official = "341504198806121118";
    private const string UnknownRetiree = "341502195604080032";
    private const string UnknownMember = "341502199002210029";

    private TestApp App => fixture.App;

    [Fact]
    public async Task MemberInformation_ForARetireeAndAnOfficialInService()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var teacher = await OkAsync(clerk, "A2-14", new { idNumber = Teacher });
        Assert.Equal("汪淑琴", teacher.GetProperty("subject").GetProperty("name").GetString());
        HasLine(teacher, "单位类型", "事业");
        HasLine(teacher, "视同缴费年限", "33.1");
        HasLine(teacher, "个人账户累计额", "18465.40");
        HasLine(teacher, "人员状态", "退休");

        var official = await OkAsync(clerk, "A2-14", new { idNumber = Official });
        HasLine(official, "单位名称", "六安市叶集区史河街道办事处");
        HasLine(official, "单位类型", "机关");
        HasLine(official, "参保时间", "2014-10");
        HasLine(official, "缴费基数", "9050.00");
        HasLine(official, "职业年金参加状态", "正常缴费");
        HasLine(official, "人员状态", "在职");
    }

    [Fact]
    public async Task Benefit_ShowsTheApprovedComponents_AndTheCurrentPension()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var body = await OkAsync(clerk, "A2-15", new { idNumber = Teacher });
        HasLine(body, "退休日期", "2017-05-20");
        HasLine(body, "待遇开始年月", "2017-06");
        HasLine(body, "待遇类别", "退休");
        HasLine(body, "核定新老办法对比补差", "126.35");
        HasLine(body, "核定金额合计", "5115.07");
        HasLine(body, "现月养老金", "6701.34");
    }

    [Fact]
    public async Task Payments_PerMonth_WithBackPayInTheAdjustmentMonth_AndTheAccountMasked()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var all = await OkAsync(clerk, "A2-16", new { idNumber = Teacher });
        Assert.Equal(35, Rows(all).Length);
        Assert.Equal("233578.02", all.GetProperty("totals").GetProperty("netPay").GetString());
        Assert.DoesNotContain("6228480000100000102", all.GetRawText(), StringComparison.Ordinal);
        Assert.All(Rows(all), r => Assert.EndsWith("0102", Cell(r, "bankAccount"), StringComparison.Ordinal));

        var year = await OkAsync(clerk, "A2-16", new { idNumber = Teacher, from = "2025-01", to = "2025-12" });
        Assert.Equal(12, Rows(year).Length);
        var august = RowWhere(year, "period", "2025-08");
        Assert.Equal(("7266.52", "1586.27", "565.18", "7266.52", "2025-08-10"),
            (Cell(august, "grossTotal"), Cell(august, "adjustments"), Cell(august, "backPay"), Cell(august, "netPay"), Cell(august, "paidOn")));
    }

    [Fact]
    public async Task Payments_OnThePage_ShowTheYearAsked_WithTotals()
    {
        var clerk = await App.PageClientAsync("shunhe.clerk");
        var response = await TestApp.PostFormAsync(clerk, "/Queries/Run?item=A2-16",
            new() { ["Item"] = "A2-16", ["IdNumber"] = Teacher, ["From"] = "2025-01", ["To"] = "2025-12" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("汪淑琴", html, StringComparison.Ordinal);
        Assert.Contains(Masked(Teacher), html, StringComparison.Ordinal);
        Assert.Contains("7,266.52", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-08", html, StringComparison.Ordinal);
        Assert.DoesNotContain("6228480000100000102", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adjustments_PerYear_AndTheYearFilter()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var body = await OkAsync(clerk, "A2-17", new { idNumber = Teacher });
        Assert.Equal(["2023", "2024", "2025"], Rows(body).Select(r => Cell(r, "year")).Order());
        var y2023 = RowWhere(body, "year", "2023");
        Assert.Equal(("6193.25", "35.00", "35.00", "80.51", "6343.76", "1053.57"),
            (Cell(y2023, "before"), Cell(y2023, "fixedAmount"), Cell(y2023, "linkedYears"), Cell(y2023, "linkedPension"), Cell(y2023, "after"), Cell(y2023, "backPayAmount")));
        Assert.Contains(body.GetProperty("columns").EnumerateArray(), c => c.GetProperty("label").GetString() == "调整后总额");

        var later = await OkAsync(clerk, "A2-17", new { idNumber = Teacher, from = "2024" });
        Assert.Equal(["2024", "2025"], Rows(later).Select(r => Cell(r, "year")).Order());
    }

    [Fact]
    public async Task Composition_IsTheMonthsStandard_WithoutBackPay()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var latest = await OkAsync(clerk, "A2-18", new { idNumber = Teacher });
        HasLine(latest, "基础养老金", "2034.40");
        HasLine(latest, "新老办法对比补差", "126.35");
        HasLine(latest, "职业年金", "158.40");
        HasLine(latest, "历年调整", "1586.27");
        HasLine(latest, "合计", "6701.34");
        Assert.Equal("陆仟柒佰零壹元叁角肆分", latest.GetProperty("amountInWords").GetString());

        var beforeAdjustment = await OkAsync(clerk, "A2-18", new { idNumber = Teacher, from = "2024-07" });
        HasLine(beforeAdjustment, "历年调整", "1387.09");
        HasLine(beforeAdjustment, "合计", "6502.16");
        var adjustmentMonth = await OkAsync(clerk, "A2-18", new { idNumber = Teacher, from = "2025-08" });
        HasLine(adjustmentMonth, "合计", "6701.34");   // the 565.18 补发 of that month is in A2-16, not in the composition
        Assert.DoesNotContain("565.18", Values(adjustmentMonth));
    }

    [Fact]
    public async Task AnnuityYearly_StatementPerYear_WithTheHeader()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var body = await OkAsync(clerk, "A2-19", new { idNumber = Official });
        Assert.Equal(["2021", "2022", "2023", "2024", "2025"], Rows(body).Select(r => Cell(r, "year")).Order());
        var y2025 = RowWhere(body, "year", "2025");
        Assert.Equal(("80555.03", "38850.75", "8371.20", "4185.60", "2542.22", "1310.19", "135814.99"),
            (Cell(y2025, "openingUnitNotional"), Cell(y2025, "openingPersonal"), Cell(y2025, "unitContribution"), Cell(y2025, "personalContribution"),
             Cell(y2025, "notionalInterest"), Cell(y2025, "investmentReturn"), Cell(y2025, "closingTotal")));

        var one = await OkAsync(clerk, "A2-19", new { idNumber = Official, from = "2024", to = "2024" });
        Assert.Equal("119405.78", Cell(Assert.Single(Rows(one)), "closingTotal"));
    }

    [Fact]
    public async Task AnnuityMonthly_ContributionsOfThePeriod_AndTheirTotals()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var body = await OkAsync(clerk, "A2-20", new { idNumber = Official, from = "2026-01", to = "2026-11" });
        var rows = Rows(body);
        Assert.Equal(11, rows.Length);
        Assert.All(rows, r => Assert.Equal(("9050.00", "724.00", "362.00"), (Cell(r, "contributionBase"), Cell(r, "unitContribution"), Cell(r, "personalContribution"))));
        Assert.Equal("147760.99", Cell(RowWhere(body, "period", "2026-11"), "balance"));
        Assert.Equal(("7964.00", "3982.00"), (body.GetProperty("totals").GetProperty("unitContribution").GetString(), body.GetProperty("totals").GetProperty("personalContribution").GetString()));
    }

    /// <summary>Each print: the masked ID (never the full one, nor the bank account), the key figures of the period asked, and the proof number.</summary>
    [Theory]
    [InlineData("A2-14", Official, null, null, new[] { "杨振宇", "六安市叶集区史河街道办事处", "81360.02", "在职" }, new string[0])]
    [InlineData("A2-15", Teacher, null, null, new[] { "汪淑琴", "5115.07", "6701.34", "中国农业银行叶集支行" }, new string[0])]
    [InlineData("A2-16", Teacher, "2025-01", "2025-12", new[] { "汪淑琴", "7266.52", "565.18" }, new[] { "6228480000100000102", "2024-08" })]
    [InlineData("A2-17", Teacher, null, null, new[] { "汪淑琴", "6343.76", "6542.94" }, new string[0])]
    [InlineData("A2-18", Teacher, null, null, new[] { "机关保退休人员养老金构成表", "汪淑琴", "2687.30", "6701.34", "陆仟柒佰零壹元叁角肆分" }, new string[0])]
    [InlineData("A2-19", Official, "2024", "2025", new[] { "安徽省职业年金计划", "中国人寿养老保险股份有限公司", "119405.78", "135814.99" }, new[] { "74772.84" })]
    [InlineData("A2-20", Official, "2026-01", "2026-11", new[] { "杨振宇", "147760.99", "7964.00", "3982.00" }, new[] { "2025-12" })]
    public async Task Print_CarriesTheMaskedId_TheKeyFigures_AndTheProofNumber(string item, string idNumber, string? from, string? to, string[] present, string[] absent) =>
        await PrintAsync(await App.ApiClientAsync("shunhe.clerk"), item, idNumber, from, to, present, absent);

    [Fact]
    public async Task Scope_TheTownshipSees_AnotherTownshipDoesNot_UnknownSubjectsAreDistrictOnly()
    {
        var other = await App.ApiClientAsync("pinggang.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await RunAsync(other, "A2-18", new { idNumber = Teacher })).Status);
        var township = await App.ApiClientAsync("shihe.clerk");
        await OkAsync(township, "A2-18", new { idNumber = Teacher });

        var village = await App.ApiClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await RunAsync(village, "A2-16", new { idNumber = UnknownRetiree })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await RunAsync(village, "A2-19", new { idNumber = UnknownMember })).Status);
        var district = await App.ApiClientAsync("yl.review");
        Assert.Equal(3, Rows(await OkAsync(district, "A2-16", new { idNumber = UnknownRetiree })).Length);
        var annuity = await OkAsync(district, "A2-19", new { idNumber = UnknownMember });
        Assert.Equal("6315.85", Cell(RowWhere(annuity, "year", "2024"), "transferIn"));
    }

    [Theory]
    [InlineData("organ-members", "A2-14", UnknownRetiree)]
    [InlineData("organ-benefits", "A2-15", UnknownRetiree)]
    [InlineData("organ-payments", "A2-16", UnknownRetiree)]
    [InlineData("organ-adjustments", "A2-17", UnknownRetiree)]
    [InlineData("annuity-yearly", "A2-19", UnknownMember)]
    [InlineData("annuity-monthly", "A2-20", UnknownMember)]
    public async Task AMalformedFile_Is422_ReportsEveryBadLine_AndChangesNothing(string dataset, string item, string idNumber) =>
        await RefusedAsync(App, dataset, item, idNumber);

    [Theory]
    [InlineData("organ-members", "A2-14", UnknownRetiree, "人员状态", "终止")]
    [InlineData("organ-benefits", "A2-15", UnknownRetiree, "发放银行", "中国建设银行六安分行")]
    [InlineData("organ-payments", "A2-16", UnknownRetiree, "发放日期", "2026-11-12")]
    [InlineData("organ-adjustments", "A2-17", UnknownRetiree, "补发月数", "6")]
    [InlineData("annuity-yearly", "A2-19", UnknownMember, "受托人", "泰康养老保险股份有限公司")]
    [InlineData("annuity-monthly", "A2-20", UnknownMember, "到账日期", "2026-11-16")]
    public async Task ReImportingARow_ReplacesIt(string dataset, string item, string idNumber, string label, string value) =>
        await ReplaceAsync(App, dataset, item, idNumber, label, value);

    [Fact]
    public void DemoFiles_AreArithmeticallyConsistent()
    {
        static decimal N(Dictionary<string, string> r, string label) => decimal.Parse(r[label], CultureInfo.InvariantCulture);
        foreach (var r in DemoRows("organ-payments"))
        {
            Assert.Equal(N(r, "合计"), new[] { "基础养老金", "个人账户养老金", "过渡性养老金", "新老办法对比补差", "职业年金", "历年调整" }.Sum(l => N(r, l)));
            Assert.Equal(N(r, "应发"), N(r, "合计") + N(r, "补发"));
            Assert.Equal(N(r, "实发"), N(r, "应发") - N(r, "扣款"));
        }
        foreach (var r in DemoRows("organ-adjustments"))
            Assert.Equal(N(r, "调整后总额"), new[] { "调整前金额", "定额调整", "挂钩调整（工作年限）", "挂钩调整（本人养老金）", "倾斜调整" }.Sum(l => N(r, l)));
        foreach (var b in DemoRows("organ-benefits"))
        {
            Assert.Equal(N(b, "核定金额合计"), new[] { "核定基础养老金", "核定个人账户养老金", "核定过渡性养老金", "核定新老办法对比补差", "核定职业年金" }.Sum(l => N(b, l)));
            Assert.Equal(N(b, "现月养老金"), N(DemoRows("organ-payments", b["公民身份号码"]).MaxBy(r => r["发放年月"])!, "合计"));
        }
        var yearly = DemoRows("annuity-yearly");
        foreach (var r in yearly)
        {
            var opening = N(r, "期初余额（单位记账）") + N(r, "期初余额（单位实账）") + N(r, "期初余额（个人）");
            Assert.Equal(N(r, "期末余额合计"), opening + N(r, "本年单位缴费") + N(r, "本年个人缴费") + N(r, "转入") - N(r, "转出") + N(r, "记账利息") + N(r, "投资收益"));
            Assert.Equal(N(r, "期末余额合计"), N(r, "期末余额（单位部分）") + N(r, "期末余额（个人部分）"));
            var next = yearly.SingleOrDefault(n => n["公民身份号码"] == r["公民身份号码"] && n["年度"] == (int.Parse(r["年度"], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));
            if (next is not null)
                Assert.Equal((N(r, "期末余额（单位部分）"), N(r, "期末余额（个人部分）")), (N(next, "期初余额（单位记账）") + N(next, "期初余额（单位实账）"), N(next, "期初余额（个人）")));
        }
        foreach (var m in DemoRows("annuity-monthly"))
        {
            Assert.Equal(N(m, "单位缴费"), Math.Round(N(m, "缴费基数") * 0.08m, 2, MidpointRounding.AwayFromZero));
            Assert.Equal(N(m, "个人缴费"), Math.Round(N(m, "缴费基数") * 0.04m, 2, MidpointRounding.AwayFromZero));
        }
        // A year's contributions in the yearly statement are the sum of its months; January's balance is the last closing plus January.
        var official = DemoRows("annuity-monthly", Official);
        var y2025 = yearly.Single(r => r["公民身份号码"] == Official && r["年度"] == "2025");
        Assert.Equal(N(y2025, "本年单位缴费"), official.Where(m => m["费款所属期"].StartsWith("2025", StringComparison.Ordinal)).Sum(m => N(m, "单位缴费")));
        var january = official.Single(m => m["费款所属期"] == "2026-01");
        Assert.Equal(N(january, "累计余额"), N(y2025, "期末余额合计") + N(january, "单位缴费") + N(january, "个人缴费"));
    }
}
