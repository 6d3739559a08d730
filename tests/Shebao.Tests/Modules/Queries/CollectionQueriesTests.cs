using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using Shebao.Core.Modules.Queries.Catalogue;
using Shebao.Tests.Support;
using static Shebao.Tests.Modules.Queries.QueryCalls;

namespace Shebao.Tests.Modules.Queries;

/// <summary>征缴中心 queries (A2-01, 02, 05, 06, 07) over the demo files in Queries/Demo, and their imports.</summary>
[Trait("Category", "Db")]
public sealed class CollectionQueriesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private const string Shunhe = "91341504MA2Y10007J";      // 叶集区顺河建材有限公司, registered at 顺河社区
    private const string Shihe = "91341504MA2Y10373E";       // 六安市叶集区史河木业有限公司, registered at 史河街道
    private const string Pinggang = "91341504MA2Y111147";    // 安徽平岗纺织有限公司 (平岗街道): no demo rows, used by the re-import tests
    private const string OutsideBuilder = "91341500MA2T4K7P2Y"; // 安徽皖西建工集团有限公司, not registered in the district

    private const string RollHeader = "统一社会信用代码,单位名称,费款所属期,姓名,身份证号码,增减,原因,生效年月,缴费基数,险种,经办时间";
    private const string PlanHeader = "统一社会信用代码,单位名称,核定年月,征集流水号,险种,人数,缴费基数合计,单位应缴,个人应缴,应缴合计,核定日期,记账标志";
    private const string NoticeHeader = "统一社会信用代码,单位名称,费款所属期,险种,缴费人数,缴费基数合计,单位费率,单位应缴,个人费率,个人应缴,滞纳金,小计,缴费期限,征收机构";
    private const string ProjectHeader = "项目编号,项目名称,施工单位统一社会信用代码,施工单位,建设单位,工程地点,合同造价,开工日期,竣工日期,参保日期,参保起始日期,参保终止日期,费率,缴费金额,状态";

    [Fact]
    public async Task A2_01_ListsTheUnitsAdditionsAndRemovals_WithMaskedIdNumbers()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var result = await RunAsync(clerk, "A2-01", new { creditCode = Shunhe, from = "2026-06", to = "2026-10" });
        Assert.Equal("叶集区顺河建材有限公司", result.GetProperty("subject").GetProperty("name").GetString());
        var rows = Rows(result);
        var added = Assert.Single(rows, r => Value(r, "name") == "汪涛");
        Assert.Equal(("2026-06", "341504********8932", "增员", "新参保", "4455.60", "养老、失业、工伤", "2026-06-08"),
            (Value(added, "period"), Value(added, "idNumber"), Value(added, "kind"), Value(added, "reason"), Value(added, "wageBase"), Value(added, "insurances"), Value(added, "handledAt")));
        var removed = Assert.Single(rows, r => Value(r, "name") == "高晓燕");
        Assert.Equal(("减员", "解除劳动合同", "2026-10"), (Value(removed, "kind"), Value(removed, "reason"), Value(removed, "effectiveMonth")));
        // 罗春梅 left in July and came back in September (续保): two rows.
        Assert.Equal(["减员:辞职", "增员:续保"], rows.Where(r => Value(r, "name") == "罗春梅").Select(r => $"{Value(r, "kind")}:{Value(r, "reason")}").Order());
    }

    [Fact]
    public async Task A2_01_PeriodFilter_KeepsOnlyTheMonthsAsked()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var rows = Rows(await RunAsync(clerk, "A2-01", new { creditCode = Shunhe, from = "2026-08", to = "2026-08" }));
        Assert.All(rows, r => Assert.Equal("2026-08", Value(r, "period")));
        Assert.Contains(rows, r => Value(r, "name") == "姚军" && Value(r, "kind") == "增员");
        Assert.Contains(rows, r => Value(r, "name") == "谢国强" && Value(r, "reason") == "退休");
        Assert.DoesNotContain(rows, r => Value(r, "name") == "汪涛");
    }

    [Fact]
    public async Task A2_01_PrintsTheChanges_WithMaskedIdsAndTheProofNumber()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var printed = await PrintAsync(clerk, "A2-01", new { creditCode = Shunhe, from = "2026-06", to = "2026-10" });
        Assert.Contains(Shunhe, printed.Text, StringComparison.Ordinal);
        Assert.Contains("341504********8932", printed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("341504199904128932", printed.Text, StringComparison.Ordinal);
        Assert.Contains("解除劳动合同", printed.Text, StringComparison.Ordinal);
        Assert.Contains(printed.ProofNumber, printed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmployerOutsideTheCallersArea_Is404()
    {
        var shunhe = await App.ApiClientAsync("shunhe.clerk");
        var pinggang = await App.ApiClientAsync("pinggang.clerk");
        var shihe = await App.ApiClientAsync("shihe.clerk");
        var period = new { from = "2026-06", to = "2026-10" };
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(pinggang, "A2-01", new { creditCode = Shunhe, period.from, period.to }));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(pinggang, "A2-02", new { creditCode = Shunhe, period.from, period.to }));
        // 史河木业 is registered at the township: its township clerk sees it, the village clerk does not.
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(shunhe, "A2-05", new { creditCode = Shihe, from = "2026-08" }));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(shihe, "A2-05", new { creditCode = Shihe, from = "2026-08" }));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(shihe, "A2-01", new { creditCode = Shunhe, period.from, period.to }));
    }

    [Fact]
    public async Task A2_02_ShowsTheMonthsPlan_PerInsurance_WithTotals()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var month = await RunAsync(clerk, "A2-02", new { creditCode = Shunhe, from = "2026-10", to = "2026-10" });
        var rows = Rows(month);
        Assert.Equal(CollectionQueries.InsuranceKinds.Order(), rows.Select(r => Value(r, "insurance")).Order());
        Assert.All(rows, r => Assert.Equal("ZJ3415042026100001", Value(r, "serialNo")));
        var pension = Assert.Single(rows, r => Value(r, "insurance") == "企业职工基本养老保险");
        Assert.Equal(("11", "56522.40", "9043.58", "4521.79", "13565.37"),
            (Value(pension, "headcount"), Value(pension, "baseTotal"), Value(pension, "unitAmount"), Value(pension, "personalAmount"), Value(pension, "totalAmount")));
        Assert.Equal("14639.29", Total(month, "totalAmount"));

        var fiveMonths = await RunAsync(clerk, "A2-02", new { creditCode = Shunhe, from = "2026-06", to = "2026-10" });
        Assert.Equal(15, Rows(fiveMonths).Count);
        Assert.Equal("75570.85", Total(fiveMonths, "totalAmount"));
    }

    [Fact]
    public async Task A2_02_PrintsTheCollectionSummary()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var printed = await PrintAsync(clerk, "A2-02", new { creditCode = Shunhe, from = "2026-10", to = "2026-10" });
        Assert.Contains("征集合计单", printed.Text, StringComparison.Ordinal);
        Assert.Contains(Shunhe, printed.Text, StringComparison.Ordinal);
        Assert.Contains("ZJ3415042026100001", printed.Text, StringComparison.Ordinal);
        HasAmount(printed.Text, 13565.37m);
        HasAmount(printed.Text, 14639.29m);
        Assert.Contains(printed.ProofNumber, printed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A2_02_ExportsToExcel_WithAmountsAsNumbersAndTheTotal()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var response = await clerk.PostAsJsonAsync("/api/v1/queries/A2-02/xlsx", new { creditCode = Shunhe, from = "2026-10", to = "2026-10" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheet = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, sheet.Count);   // three 险种 and the 合计 line
        var pension = Assert.Single(sheet, r => r["险种"] as string == "企业职工基本养老保险");
        Assert.Equal(("ZJ3415042026100001", 13565.37m), (pension["征集流水号"] as string, Convert.ToDecimal(pension["应缴合计"], CultureInfo.InvariantCulture)));
        Assert.Equal(14639.29m, Convert.ToDecimal(sheet[^1]["应缴合计"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A2_05_TheNoticeIsForOneMonth_WithTheRatesAndTheTotalInCapitals()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var notice = await RunAsync(clerk, "A2-05", new { creditCode = Shunhe, from = "2026-10" });
        var rows = Rows(notice);
        Assert.Equal(3, rows.Count);
        var pension = Assert.Single(rows, r => Value(r, "insurance") == "企业职工基本养老保险");
        Assert.Equal(("11", "56522.40", "9043.58", "4521.79", "13565.37"),
            (Value(pension, "payers"), Value(pension, "baseTotal"), Value(pension, "unitAmount"), Value(pension, "personalAmount"), Value(pension, "subtotal")));
        var injury = Assert.Single(rows, r => Value(r, "insurance") == "工伤保险");
        Assert.Equal("508.70", Value(injury, "unitAmount"));   // risk class 4: 0.9 % of 56,522.40
        Assert.Equal("14639.29", Total(notice, "subtotal"));
        Assert.Equal(("叶集区顺河建材有限公司", "2026-10", "2026-11-15", "国家税务总局六安市叶集区税务局"),
            (notice.GetProperty("subject").GetProperty("name").GetString(), Header(notice, "费款所属期"), Header(notice, "缴费期限"), Header(notice, "征收机构")));
        Assert.Equal("壹万肆仟陆佰叁拾玖元贰角玖分", notice.GetProperty("amountInWords").GetString());

        var printed = await PrintAsync(clerk, "A2-05", new { creditCode = Shunhe, from = "2026-10" });
        Assert.Contains("叶集区顺河建材有限公司", printed.Text, StringComparison.Ordinal);
        Assert.Contains(Shunhe, printed.Text, StringComparison.Ordinal);
        Assert.Contains("壹万肆仟陆佰叁拾玖元贰角玖分", printed.Text, StringComparison.Ordinal);
        HasAmount(printed.Text, 14639.29m);
        Assert.Contains("2026-11-15", printed.Text, StringComparison.Ordinal);
        Assert.Contains("国家税务总局六安市叶集区税务局", printed.Text, StringComparison.Ordinal);
        Assert.Contains(printed.ProofNumber, printed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A2_05_ThePage_ShowsTheNoticeWithTheTotalInCapitals()
    {
        var html = await PageAsync(App, "shunhe.clerk", "A2-05", new() { ["CreditCode"] = Shunhe, ["From"] = "2026-10" });
        foreach (var expected in new[] { "叶集区顺河建材有限公司", "2026-11-15", "国家税务总局六安市叶集区税务局", "9,043.58", "14,639.29", "壹万肆仟陆佰叁拾玖元贰角玖分" })
            Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-10-15", html, StringComparison.Ordinal);   // September's deadline: one month only
    }

    [Fact]
    public async Task A2_07_ThePage_ShowsTheCertificateStatement()
    {
        var html = await PageAsync(App, "shunhe.clerk", "A2-07", new() { ["ProjectCode"] = "GC20260007" });
        Assert.Contains("兹证明叶集区顺河路雨污分流改造工程（项目编号GC20260007）施工单位叶集区顺河建材有限公司已按项目参加工伤保险，参保期限2026-05-06至2026-12-31，已缴纳工伤保险费6,300.00元。特此证明。",
            html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A2_05_ALateMonth_CarriesTheLateFeeInTheTotal()
    {
        var clerk = await App.ApiClientAsync("shihe.clerk");
        var notice = await RunAsync(clerk, "A2-05", new { creditCode = Shihe, from = "2026-08" });
        Assert.Equal(3, Rows(notice).Count);
        Assert.Equal(("2026-08", "2026-10-31"), (Header(notice, "费款所属期"), Header(notice, "缴费期限")));
        Assert.Equal(("143.19", "9380.88"), (Total(notice, "lateFee"), Total(notice, "subtotal")));
        var printed = await PrintAsync(clerk, "A2-05", new { creditCode = Shihe, from = "2026-08" });
        Assert.Contains("玖仟叁佰捌拾元捌角捌分", printed.Text, StringComparison.Ordinal);
        HasAmount(printed.Text, 143.19m);
    }

    [Fact]
    public async Task A2_06_ListsTheBuildersProjects()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var result = await RunAsync(clerk, "A2-06", new { creditCode = Shunhe });
        var rows = Rows(result);
        Assert.Equal(["GC20250018", "GC20250031", "GC20260007"], rows.Select(r => Value(r, "projectCode")).Order());
        var housing = Assert.Single(rows, r => Value(r, "projectCode") == "GC20250018");
        Assert.Equal(("28650000.00", "42975.00", "参保中"), (Value(housing, "contractPrice"), Value(housing, "premium"), Value(housing, "status")));
        Assert.Equal("58845.00", Total(result, "premium"));

        var printed = await PrintAsync(clerk, "A2-06", new { creditCode = Shunhe });
        Assert.Contains(Shunhe, printed.Text, StringComparison.Ordinal);
        Assert.Contains("GC20260007", printed.Text, StringComparison.Ordinal);
        HasAmount(printed.Text, 58845.00m);
        Assert.Contains(printed.ProofNumber, printed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A2_06_ABuilderFromOutsideTheDistrict_IsSeenOnlyByDistrictStaff()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clerk, "A2-06", new { creditCode = OutsideBuilder }));
        var admin = await App.ApiClientAsync("admin");
        var row = Assert.Single(Rows(await RunAsync(admin, "A2-06", new { creditCode = OutsideBuilder })));
        Assert.Equal(("GC20260012", "23700.00"), (Value(row, "projectCode"), Value(row, "premium")));
    }

    [Fact]
    public async Task A2_07_PrintsTheProjectCertificate()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var sheet = await RunAsync(clerk, "A2-07", new { projectCode = "GC20250018" });
        Assert.Equal("Sheet", sheet.GetProperty("layout").GetString(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal("42975.00", Value(Assert.Single(Rows(sheet)), "premium"));

        var printed = await PrintAsync(clerk, "A2-07", new { projectCode = "GC20250018" });
        foreach (var expected in new[] { "兹证明", "叶集区顺河社区安置房三期工程", "GC20250018", "叶集区顺河建材有限公司", "2025-09-01", "2027-03-31", printed.ProofNumber })
            Assert.Contains(expected, printed.Text, StringComparison.Ordinal);
        HasAmount(printed.Text, 42975.00m);
    }

    [Fact]
    public async Task A2_07_AProjectOutsideTheCallersArea_Is404()
    {
        var pinggang = await App.ApiClientAsync("pinggang.clerk");
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(pinggang, "A2-07", new { projectCode = "GC20250018" }));
        var shunhe = await App.ApiClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(shunhe, "A2-07", new { projectCode = "GC20260012" }));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(shunhe, "A2-07", new { projectCode = "GC29999999" }));
    }

    [Fact]
    public async Task Import_IsForTheCollectionCentre()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var employment = await App.ApiClientAsync("jy.review");
        string[] file = [PlanHeader, $"{Pinggang},安徽平岗纺织有限公司,2026-11,ZJ3415042026110004,工伤保险,8,40000.00,280.00,0.00,280.00,2026-11-25,未记账"];
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(clerk, "collection-plans", file)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(employment, "collection-plans", file)).StatusCode);
    }

    [Fact]
    public async Task Import_RollChanges_WithBadLines_ChangesNothing()
    {
        var zj = await App.ApiClientAsync("zj.review");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        await RefusedAsync(zj, "employer-roll-changes", clerk, "A2-01", new { creditCode = Shunhe, from = "2026-06", to = "2026-12" }, [3, 4, 5, 6, 7, 8],
            RollHeader,
            $"{Shunhe},叶集区顺河建材有限公司,2026-11,方明,341504199101011239,增员,新参保,2026-11,5000.00,养老、失业、工伤,2026-11-06",
            $"{Shunhe},叶集区顺河建材有限公司,2026-11,方亮,341504199101011234,增员,新参保,2026-11,5000.00,养老、失业、工伤,2026-11-06",
            $"{Shunhe},叶集区顺河建材有限公司,2026-13,方华,341504199101011239,增员,新参保,2026-11,5000.00,养老、失业、工伤,2026-11-06",
            $"{Shunhe},叶集区顺河建材有限公司,2026-11,方军,341504199101011239,增员,新参保,2026-11,五千,养老、失业、工伤,2026-11-06",
            $"{Shunhe},叶集区顺河建材有限公司,2026-11,,341504199101011239,增员,新参保,2026-11,5000.00,养老、失业、工伤,2026-11-06",
            $"{Shunhe},叶集区顺河建材有限公司,2026-11,方伟,341504199101011239,调入,新参保,2026-11,5000.00,养老、失业、工伤,2026-11-06",
            "91341504MA2Y10007K,叶集区顺河建材有限公司,2026-11,方敏,341504199101011239,增员,新参保,2026-11,5000.00,养老、失业、工伤,2026-11-06");
    }

    [Fact]
    public async Task Import_Plans_WithBadLines_ChangesNothing()
    {
        var zj = await App.ApiClientAsync("zj.review");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        await RefusedAsync(zj, "collection-plans", clerk, "A2-02", new { creditCode = Shunhe, from = "2026-06", to = "2026-12" }, [2, 3, 4, 5, 7],
            PlanHeader,
            "91341504MA2Y10007A,叶集区顺河建材有限公司,2026-11,ZJ3415042026110001,工伤保险,11,56522.40,508.70,0.00,508.70,2026-11-25,未记账",
            $"{Shunhe},叶集区顺河建材有限公司,2026年13月,ZJ3415042026110001,工伤保险,11,56522.40,508.70,0.00,508.70,2026-11-25,未记账",
            $"{Shunhe},叶集区顺河建材有限公司,2026-11,ZJ3415042026110001,医疗保险,11,56522.40,508.70,0.00,508.70,2026-11-25,未记账",
            $"{Shunhe},叶集区顺河建材有限公司,2026-11,ZJ3415042026110001,失业保险,11,56522.40,abc,282.61,565.22,2026-11-25,未记账",
            $"{Shunhe},叶集区顺河建材有限公司,2026-11,ZJ3415042026110001,企业职工基本养老保险,11,56522.40,9043.58,4521.79,13565.37,2026-11-25,已记账",
            $"{Shunhe},叶集区顺河建材有限公司,2026-11,,企业职工基本养老保险,11,56522.40,9043.58,4521.79,13565.37,2026-11-25,未记账");
    }

    [Fact]
    public async Task Import_Notices_WithBadLines_ChangesNothing()
    {
        var zj = await App.ApiClientAsync("zj.review");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        const string tax = "国家税务总局六安市叶集区税务局";
        await RefusedAsync(zj, "payment-notices", clerk, "A2-05", new { creditCode = Shunhe, from = "2026-10" }, [3, 4, 5, 6, 7],
            NoticeHeader,
            $"{Shunhe},叶集区顺河建材有限公司,2026-10,工伤保险,11,56522.40,0.9%,508.70,0%,0.00,0.00,508.70,2026-11-20,{tax}",
            $"91341504MA2Y10007,叶集区顺河建材有限公司,2026-10,工伤保险,11,56522.40,0.9%,508.70,0%,0.00,0.00,508.70,2026-11-15,{tax}",
            $"{Shunhe},叶集区顺河建材有限公司,2026-00,工伤保险,11,56522.40,0.9%,508.70,0%,0.00,0.00,508.70,2026-11-15,{tax}",
            $"{Shunhe},叶集区顺河建材有限公司,2026-10,失业保险,11,56522.40,0.5%,二百八十二,0.5%,282.61,0.00,565.22,2026-11-15,{tax}",
            $"{Shunhe},叶集区顺河建材有限公司,2026-10,企业职工基本养老保险,11,56522.40,16%,9043.58,8%,4521.79,0.00,13565.37,2026-11-15,",
            $"{Shunhe},叶集区顺河建材有限公司,2026-10,生育保险,11,56522.40,0.5%,282.61,0%,0.00,0.00,282.61,2026-11-15,{tax}");
    }

    [Fact]
    public async Task Import_Projects_WithBadLines_ChangesNothing()
    {
        var zj = await App.ApiClientAsync("zj.review");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        const string rest = "六安市叶集区城市管理局,叶集区史河街道,1000000.00,2026-12-01,2027-06-30,2026-11-20,2026-12-01,2027-06-30,0.2%,2000.00";
        await RefusedAsync(zj, "construction-projects", clerk, "A2-06", new { creditCode = Shunhe }, [2, 4, 5, 6, 7],
            ProjectHeader,
            $"GC20269801,叶集区顺河社区游园工程,91341504MA2Y10008J,叶集区顺河建材有限公司,{rest},参保中",
            $"GC20269802,叶集区顺河社区游园工程,{Shunhe},叶集区顺河建材有限公司,{rest},参保中",
            $"GC20269803,叶集区顺河社区游园工程,{Shunhe},叶集区顺河建材有限公司,六安市叶集区城市管理局,叶集区史河街道,1000000.00,2026-02-30,2027-06-30,2026-11-20,2026-12-01,2027-06-30,0.2%,2000.00,参保中",
            $"GC20269804,叶集区顺河社区游园工程,{Shunhe},叶集区顺河建材有限公司,六安市叶集区城市管理局,叶集区史河街道,一百万,2026-12-01,2027-06-30,2026-11-20,2026-12-01,2027-06-30,0.2%,2000.00,参保中",
            $"GC20269805,,{Shunhe},叶集区顺河建材有限公司,{rest},参保中",
            $"GC20269806,叶集区顺河社区游园工程,{Shunhe},叶集区顺河建材有限公司,{rest},在建");
    }

    [Fact]
    public async Task ReImport_ReplacesTheRowWithTheSameKey()
    {
        var zj = await App.ApiClientAsync("zj.review");
        var reader = await App.ApiClientAsync("pinggang.clerk");
        var period = new { creditCode = Pinggang, from = "2026-11", to = "2026-11" };

        const string unit = "安徽平岗纺织有限公司";
        Assert.Equal(0, await ImportGoodAsync(zj, "employer-roll-changes", RollHeader, $"{Pinggang},{unit},2026-11,方明,341504199101011239,增员,新参保,2026-11,5000.00,养老、失业、工伤,2026-11-06"));
        Assert.Equal(1, await ImportGoodAsync(zj, "employer-roll-changes", RollHeader, $"{Pinggang},{unit},2026-11,方明,341504199101011239,增员,新参保,2026-11,5200.00,养老、失业、工伤,2026-11-09"));
        var change = Assert.Single(Rows(await RunAsync(reader, "A2-01", period)), r => Value(r, "name") == "方明");
        Assert.Equal(("5200.00", "2026-11-09"), (Value(change, "wageBase"), Value(change, "handledAt")));

        Assert.Equal(0, await ImportGoodAsync(zj, "collection-plans", PlanHeader, $"{Pinggang},{unit},2026-11,ZJ3415042026110004,工伤保险,8,40000.00,280.00,0.00,280.00,2026-11-25,未记账"));
        Assert.Equal(1, await ImportGoodAsync(zj, "collection-plans", PlanHeader, $"{Pinggang},{unit},2026-11,ZJ3415042026110004,工伤保险,8,40000.00,280.00,0.00,280.00,2026-11-25,已记账"));
        Assert.Equal("已记账", Value(Assert.Single(Rows(await RunAsync(reader, "A2-02", period))), "booked"));

        const string tax = "国家税务总局六安市叶集区税务局";
        Assert.Equal(0, await ImportGoodAsync(zj, "payment-notices", NoticeHeader, $"{Pinggang},{unit},2026-11,工伤保险,8,40000.00,0.7%,280.00,0%,0.00,0.00,280.00,2026-12-15,{tax}"));
        Assert.Equal(1, await ImportGoodAsync(zj, "payment-notices", NoticeHeader, $"{Pinggang},{unit},2026-11,工伤保险,8,40000.00,0.7%,280.00,0%,0.00,4.20,284.20,2027-01-15,{tax}"));
        var notice = await RunAsync(reader, "A2-05", new { creditCode = Pinggang, from = "2026-11" });
        Assert.Single(Rows(notice));
        Assert.Equal("2027-01-15", Header(notice, "缴费期限"));
        Assert.Equal("284.20", Total(notice, "subtotal"));

        const string project = "GC20269901,平岗街道纺织园区厂房扩建工程";
        const string rest = "安徽平岗纺织有限公司,叶集区平岗街道,2000000.00,2026-06-01,2026-11-30,2026-05-25,2026-06-01,2026-11-30,0.15%,3000.00";
        Assert.Equal(0, await ImportGoodAsync(zj, "construction-projects", ProjectHeader, $"{project},{Pinggang},{unit},{rest},参保中"));
        Assert.Equal(1, await ImportGoodAsync(zj, "construction-projects", ProjectHeader, $"{project},{Pinggang},{unit},{rest},已竣工"));
        Assert.Equal("已竣工", Value(Assert.Single(Rows(await RunAsync(reader, "A2-06", new { creditCode = Pinggang }))), "status"));
        Assert.Equal("已竣工", Value(Assert.Single(Rows(await RunAsync(reader, "A2-07", new { projectCode = "GC20269901" }))), "status"));
    }
}
