using System.Net;
using MiniExcelLibs;
using Shebao.Tests.Support;
using static Shebao.Tests.Modules.Queries.QueryCalls;

namespace Shebao.Tests.Modules.Queries;

/// <summary>就业中心 queries (A2-21, 22, 23) over the demo files in Queries/Demo, and their imports.</summary>
[Trait("Category", "Db")]
public sealed class EmploymentQueriesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private const string Qian = "341504198503030710";        // 钱卫东, 顺河社区, in 职保
    private const string QianMasked = "341504********0710";
    private const string Jiang = "341504197911061538";       // 蒋大勇, unknown to the platform
    private const string Newcomer = "341504198807152469";    // unknown, used by the re-import test only
    private const string Excel = "341504199205174411";       // unknown, used by the Excel import test only

    private const string SkillHeader = "姓名,身份证号码,申请日期,证书类别,证书编号,职业（工种）,等级,发证日期,补贴金额,审核状态,发放日期";
    private const string PaymentHeader = "姓名,身份证号码,发放年月,失业保险金,医保费代缴金额,发放状态,开户银行,银行账号";
    private const string ClaimHeader = "申领编号,姓名,身份证号码,申请日期,失业登记日期,解除劳动关系日期,原单位,累计缴费月数,核定月标准,核定期限（月）,起始年月,终止年月,审核状态,经办人,备注";

    [Fact]
    public async Task A2_21_ListsThePersonsSkillSubsidies()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var result = await RunAsync(clerk, "A2-21", new { idNumber = Qian });
        var subject = result.GetProperty("subject");
        Assert.Equal(("钱卫东", QianMasked), (subject.GetProperty("name").GetString(), subject.GetProperty("idNumberMasked").GetString()));
        var rows = Rows(result);
        Assert.Equal(2, rows.Count);
        var electrician = Assert.Single(rows, r => Value(r, "occupation") == "电工");
        Assert.Equal(("职业技能等级证书", "四级/中级工", "2024-04-12", "1500.00", "审核通过", "2024-06-14"),
            (Value(electrician, "certType"), Value(electrician, "level"), Value(electrician, "issuedOn"), Value(electrician, "amount"), Value(electrician, "status"), Value(electrician, "paidOn")));
    }

    [Fact]
    public async Task A2_21_PeriodFilter_IsOnTheApplicationDate()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var row = Assert.Single(Rows(await RunAsync(clerk, "A2-21", new { idNumber = Qian, from = "2026-01", to = "2026-12" })));
        Assert.Equal(("焊工", "2026-09-08", "审核中", "2000.00"), (Value(row, "occupation"), Value(row, "applyDate"), Value(row, "status"), Value(row, "amount")));
    }

    [Fact]
    public async Task A2_21_Prints_WithTheMaskedIdAndTheProofNumber()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var printed = await PrintAsync(clerk, "A2-21", new { idNumber = Qian });
        Assert.Contains("钱卫东", printed.Text, StringComparison.Ordinal);
        Assert.Contains(QianMasked, printed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Qian, printed.Text, StringComparison.Ordinal);
        Assert.Contains("S000034150004244000317", printed.Text, StringComparison.Ordinal);
        HasAmount(printed.Text, 1500m);
        Assert.Contains(printed.ProofNumber, printed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A2_22_ListsTheMonthlyPayments_WithTotalsAndAMaskedAccount()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var result = await RunAsync(clerk, "A2-22", new { idNumber = Qian });
        var rows = Rows(result);
        Assert.Equal(8, rows.Count);
        Assert.Equal(("11781.00", "1247.40"), (Total(result, "amount"), Total(result, "medicalPremium")));
        Assert.All(rows, r => Assert.Equal("622848*********0071", Value(r, "bankAccount")));
        Assert.Equal("停发（再就业）", Value(Assert.Single(rows, r => Value(r, "period") == "2025-10"), "status"));

        var twoMonths = await RunAsync(clerk, "A2-22", new { idNumber = Qian, from = "2025-05", to = "2025-06" });
        Assert.Equal(["2025-05", "2025-06"], Rows(twoMonths).Select(r => Value(r, "period")).Order());
        Assert.Equal("3366.00", Total(twoMonths, "amount"));
    }

    [Fact]
    public async Task A2_22_ThePage_ShowsThePaymentsMasked()
    {
        var html = await PageAsync(App, "shunhe.clerk", "A2-22", new() { ["IdNumber"] = Qian, ["From"] = "2025-03", ["To"] = "2025-12" });
        foreach (var expected in new[] { "钱卫东", QianMasked, "622848*********0071", "停发（再就业）", "11,781.00", "1,247.40" })
            Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("6228480000100000071", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Qian, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A2_22_Prints_WithoutTheFullAccount()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var printed = await PrintAsync(clerk, "A2-22", new { idNumber = Qian });
        Assert.Contains(QianMasked, printed.Text, StringComparison.Ordinal);
        Assert.Contains("622848*********0071", printed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("6228480000100000071", printed.Text, StringComparison.Ordinal);
        HasAmount(printed.Text, 11781m);
        Assert.Contains(printed.ProofNumber, printed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A2_23_ListsTheClaims_AndFiltersOnTheApplicationDate()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var rows = Rows(await RunAsync(clerk, "A2-23", new { idNumber = Qian }));
        Assert.Equal(["不予核准", "已终止"], rows.Select(r => Value(r, "status")).Order());
        var claim = Assert.Single(rows, r => Value(r, "claimNo") == "SY3415042025000046");
        Assert.Equal(("85", "1683.00", "18", "2025-03", "2026-08", "六安市金安区恒达电子科技有限公司"),
            (Value(claim, "contributionMonths"), Value(claim, "monthlyAmount"), Value(claim, "months"), Value(claim, "fromMonth"), Value(claim, "toMonth"), Value(claim, "formerEmployer")));

        var recent = Assert.Single(Rows(await RunAsync(clerk, "A2-23", new { idNumber = Qian, from = "2025-01" })));
        Assert.Equal("SY3415042025000046", Value(recent, "claimNo"));

        var printed = await PrintAsync(clerk, "A2-23", new { idNumber = Qian });
        Assert.Contains(QianMasked, printed.Text, StringComparison.Ordinal);
        Assert.Contains("SY3415042025000046", printed.Text, StringComparison.Ordinal);
        HasAmount(printed.Text, 1683m);
        Assert.Contains(printed.ProofNumber, printed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonOutsideTheArea_Is404_AndAnUnknownPersonIsSeenOnlyByTheDistrict()
    {
        var pinggang = await App.ApiClientAsync("pinggang.clerk");
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(pinggang, "A2-22", new { idNumber = Qian }));
        var shihe = await App.ApiClientAsync("shihe.clerk");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(shihe, "A2-22", new { idNumber = Qian }));

        var shunhe = await App.ApiClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(shunhe, "A2-22", new { idNumber = Jiang }));
        var admin = await App.ApiClientAsync("admin");
        var payments = await RunAsync(admin, "A2-22", new { idNumber = Jiang });
        Assert.Equal((5, "8415.00"), (Rows(payments).Count, Total(payments, "amount")));
        Assert.Equal("SY3415042026000058", Value(Assert.Single(Rows(await RunAsync(admin, "A2-23", new { idNumber = Jiang }))), "claimNo"));
    }

    [Fact]
    public async Task AMissingOrInvalidIdNumber_Is400()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(clerk, "A2-21", new { }));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(clerk, "A2-22", new { idNumber = "341504198503030711" }));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(clerk, "A2-23", new { idNumber = Qian, from = "2025-13" }));
    }

    [Fact]
    public async Task Import_IsForTheEmploymentCentre()
    {
        var zj = await App.ApiClientAsync("zj.review");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        string[] file = [PaymentHeader, $"钱卫东,{Qian},2025-11,1683.00,178.20,已发放,中国农业银行六安叶集支行,6228480000100000071"];
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(zj, "unemployment-payments", file)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(clerk, "unemployment-payments", file)).StatusCode);
    }

    [Fact]
    public async Task Import_AnExcelFile_IsReadLikeACsv()
    {
        var jy = await App.ApiClientAsync("jy.review");
        using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(new[]
        {
            new Dictionary<string, object?>
            {
                ["姓名"] = "童欣", ["身份证号码"] = Excel, ["发放年月"] = "2026-10", ["失业保险金"] = 1683m, ["医保费代缴金额"] = 178.2m,
                ["发放状态"] = "已发放", ["开户银行"] = "中国工商银行叶集支行", ["银行账号"] = "6222021314000123456",
            },
        });
        using var form = new MultipartFormDataContent { { new ByteArrayContent(xlsx.ToArray()), "file", "payments.xlsx" } };
        var response = await jy.PostAsync("/api/v1/queries/datasets/unemployment-payments/import", form);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var row = Assert.Single(Rows(await RunAsync(await App.ApiClientAsync("admin"), "A2-22", new { idNumber = Excel })));
        Assert.Equal(("1683.00", "178.20", "622202*********3456"), (Value(row, "amount"), Value(row, "medicalPremium"), Value(row, "bankAccount")));
    }

    [Fact]
    public async Task Import_SkillSubsidies_WithBadLines_ChangesNothing()
    {
        var jy = await App.ApiClientAsync("jy.review");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        await RefusedAsync(jy, "skill-subsidies", clerk, "A2-21", new { idNumber = Qian }, [2, 3, 5, 6, 7],
            SkillHeader,
            "钱卫东,341504198503030711,2026-10-08,职业技能等级证书,S000034150004266000200,钳工,四级/中级工,2026-09-20,1500.00,审核中,",
            $"钱卫东,{Qian},2026-13-08,职业技能等级证书,S000034150004266000201,钳工,四级/中级工,2026-09-20,1500.00,审核中,",
            $"钱卫东,{Qian},2026-10-08,职业技能等级证书,S000034150004266000202,钳工,四级/中级工,2026-09-20,1500.00,审核中,",
            $"钱卫东,{Qian},2026-10-08,职业技能等级证书,S000034150004266000203,钳工,四级/中级工,2026-09-20,一千五,审核中,",
            $"钱卫东,{Qian},2026-10-08,职业技能等级证书,,钳工,四级/中级工,2026-09-20,1500.00,审核中,",
            $"钱卫东,{Qian},2026-10-08,职业技能等级证书,S000034150004266000205,钳工,六级,2026-09-20,1500.00,审核中,");
    }

    [Fact]
    public async Task Import_Payments_WithBadLines_ChangesNothing()
    {
        var jy = await App.ApiClientAsync("jy.review");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        const string bank = "中国农业银行六安叶集支行";
        await RefusedAsync(jy, "unemployment-payments", clerk, "A2-22", new { idNumber = Qian }, [3, 4, 5, 6, 7, 8],
            PaymentHeader,
            $"钱卫东,{Qian},2025-09,1600.00,178.20,已发放,{bank},6228480000100000071",
            "钱卫东,34150419850303071X,2025-11,1683.00,178.20,已发放,中国农业银行六安叶集支行,6228480000100000071",
            $"钱卫东,{Qian},2025/13,1683.00,178.20,已发放,{bank},6228480000100000071",
            $"钱卫东,{Qian},2025-11,一千六百八十三,178.20,已发放,{bank},6228480000100000071",
            $"钱卫东,{Qian},2025-11,1683.00,178.20,已发放,,6228480000100000071",
            $"钱卫东,{Qian},2025-11,1683.00,178.20,已领取,{bank},6228480000100000071",
            $"钱卫东,{Qian},2025-11,1683.00,178.20,已发放,{bank},62284800ab");
    }

    [Fact]
    public async Task Import_Claims_WithBadLines_ChangesNothing()
    {
        var jy = await App.ApiClientAsync("jy.review");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        const string employer = "六安市金安区恒达电子科技有限公司";
        await RefusedAsync(jy, "unemployment-claims", clerk, "A2-23", new { idNumber = Qian }, [2, 4, 5, 6, 7],
            ClaimHeader,
            $"SY3415042026000090,钱卫东,341504198503030701,2026-10-12,2026-10-10,2026-09-30,{employer},100,1683.00,18,2026-10,2028-03,审核中,李娜,",
            $"SY3415042025000046,钱卫东,{Qian},2025-03-12,2025-03-10,2025-02-28,{employer},85,1683.00,18,2025-03,2026-08,审核通过,李娜,",
            $"SY3415042026000091,钱卫东,{Qian},2026-10-32,2026-10-10,2026-09-30,{employer},100,1683.00,18,2026-10,2028-03,审核中,李娜,",
            $"SY3415042026000092,钱卫东,{Qian},2026-10-12,2026-10-10,2026-09-30,{employer},八十五,1683.00,18,2026-10,2028-03,审核中,李娜,",
            $",钱卫东,{Qian},2026-10-12,2026-10-10,2026-09-30,{employer},100,1683.00,18,2026-10,2028-03,审核中,李娜,",
            $"SY3415042026000094,钱卫东,{Qian},2026-10-12,2026-10-10,2026-09-30,{employer},100,1683.00,18,2026-10,2028-03,通过,李娜,");
    }

    [Fact]
    public async Task ReImport_ReplacesTheRowWithTheSameKey()
    {
        var jy = await App.ApiClientAsync("jy.review");
        var admin = await App.ApiClientAsync("admin");
        var person = new { idNumber = Newcomer };

        Assert.Equal(0, await ImportGoodAsync(jy, "skill-subsidies", SkillHeader, $"邵明,{Newcomer},2026-10-08,职业技能等级证书,S000034150004266000300,电工,五级/初级工,2026-09-20,1000.00,审核中,"));
        Assert.Equal(1, await ImportGoodAsync(jy, "skill-subsidies", SkillHeader, $"邵明,{Newcomer},2026-10-08,职业技能等级证书,S000034150004266000300,电工,五级/初级工,2026-09-20,1000.00,审核通过,2026-10-28"));
        var subsidy = Assert.Single(Rows(await RunAsync(admin, "A2-21", person)));
        Assert.Equal(("审核通过", "2026-10-28"), (Value(subsidy, "status"), Value(subsidy, "paidOn")));

        const string bank = "中国建设银行叶集支行,6217001234567890123";
        Assert.Equal(0, await ImportGoodAsync(jy, "unemployment-payments", PaymentHeader, $"邵明,{Newcomer},2026-10,1683.00,178.20,待发放,{bank}"));
        Assert.Equal(1, await ImportGoodAsync(jy, "unemployment-payments", PaymentHeader, $"邵明,{Newcomer},2026-10,1683.00,178.20,已发放,{bank}"));
        var payment = Assert.Single(Rows(await RunAsync(admin, "A2-22", person)));
        Assert.Equal(("已发放", "621700*********0123"), (Value(payment, "status"), Value(payment, "bankAccount")));

        const string claim = "SY3415042026000099,邵明";
        const string dates = "2026-09-15,2026-09-12,2026-08-31,叶集区平岗纺织品加工厂,70,1683.00,18,2026-09,2028-02";
        Assert.Equal(0, await ImportGoodAsync(jy, "unemployment-claims", ClaimHeader, $"{claim},{Newcomer},{dates},审核中,王磊,"));
        Assert.Equal(1, await ImportGoodAsync(jy, "unemployment-claims", ClaimHeader, $"{claim},{Newcomer},{dates},审核通过,王磊,"));
        Assert.Equal("审核通过", Value(Assert.Single(Rows(await RunAsync(admin, "A2-23", person))), "status"));
    }
}
