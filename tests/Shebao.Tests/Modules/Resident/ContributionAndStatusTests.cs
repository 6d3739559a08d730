using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shebao.Tests.Support;
using static Shebao.Tests.Support.Residents;

namespace Shebao.Tests.Modules.Resident;

/// <summary>A1-06 多次缴费申报 (and 到账), A1-07 制度内转移, A1-08 特殊身份维护, A1-09 中断缴费.</summary>
[Trait("Category", "Db")]
public sealed class ContributionAndStatusTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;
    private static int ThisYear => DateTime.UtcNow.AddHours(8).Year;

    private static Dictionary<string, string> Payment(int year, string kind, string grade = "300", string? amount = null) => new()
    {
        ["contributionYear"] = $"{year}", ["contributionGrade"] = grade, ["amount"] = amount ?? grade, ["contributionType"] = kind,
    };

    [Theory]
    [InlineData("interrupted", "参保且正常缴费")]
    [InlineData("grade", "缴费档次为开办的档次")]
    [InlineData("paid", "该年度尚未缴费")]
    [InlineData("regular-past", "正常应缴只缴当年")]
    [InlineData("amount", "缴费金额与档次相符")]
    [InlineData("over-15", "补缴后累计缴费年限不超过15年")]
    [InlineData("before-enrolment", "补缴年度为参保以来未缴的以前年度")]
    public async Task MultiplePayment_EachRuleFailsAlone(string scenario, string rule)
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        // Enrolled 2010 with 25 years to 60; paid every year but 2019 (and this year, not yet). For the cap: enrolled 2014 with
        // 14 years to 60 (the transitional rule), 5 years transferred in, every year but 2019 paid.
        var p = await PersonAsync(App, scenario == "over-15" ? new DateOnly(1968, 1, 1) : new DateOnly(1975, 1, 1));
        var enrolYear = scenario == "over-15" ? 2014 : 2010;
        var paid = Enumerable.Range(enrolYear, ThisYear - enrolYear).Where(y => y != 2019).ToList();
        await EnrolAsync(App, p, enrolYear, 300, paid, insured: scenario == "interrupted" ? "2" : "1", payment: scenario == "interrupted" ? "2" : "1",
            interruptMonth: scenario == "interrupted" ? "2024-01" : null, transferredYears: scenario == "over-15" ? 5 : 0);
        var form = scenario switch
        {
            "grade" => Payment(ThisYear, "10", "250"),
            "paid" => Payment(2018, "31"),
            "regular-past" => Payment(2019, "10"),
            "amount" => Payment(ThisYear, "10", "300", "200"),
            "over-15" => Payment(2019, "31"),
            "before-enrolment" => Payment(2008, "31"),
            _ => Payment(ThisYear, "10"),
        };
        var id = await AcceptAsync(clerk, "A1-06", p, form, "ID_CARD");
        OnlyFailure(await ChecksAsync(clerk, id), rule);
    }

    [Fact]
    public async Task MultiplePayment_NotForTheYearOfTurning60()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(ThisYear - 60, 1, 20));
        await EnrolAsync(App, p, 2010, 300, Enumerable.Range(2010, ThisYear - 2010).ToList());
        var id = await AcceptAsync(clerk, "A1-06", p, Payment(ThisYear, "10"), "ID_CARD");
        OnlyFailure(await ChecksAsync(clerk, id), "缴费年度在年满60周岁之前");
    }

    [Theory]
    [InlineData("transferredYears", "50", "转入缴费年限在0至45年之间")]
    [InlineData("contributionGrade", "250", "本地缴费档次为开办的档次")]
    [InlineData("migrationDate", "future", "户籍已迁入")]
    public async Task TransferIn_FormRulesFailAlone(string field, string value, string rule)
    {
        var clerk = await App.ApiClientAsync("shihe.clerk");
        var p = await PersonAsync(App, new DateOnly(1981, 3, 3));
        var form = TransferForm();
        form[field] = value == "future" ? DateTime.UtcNow.AddHours(8).AddMonths(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : value;
        var id = await AcceptAsync(clerk, "A1-07", p, form, "ID_CARD", "HOUSEHOLD_BOOK", "TRANSFER_FORM");
        OnlyFailure(await ChecksAsync(clerk, id), rule);
    }

    [Fact]
    public async Task SpecialIdentity_AnExpiredCertificateIsRefused()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1977, 6, 5));
        await EnrolAsync(App, p, 2015, 300, [2015]);
        var id = await AcceptAsync(clerk, "A1-08", p, new Dictionary<string, string>
        {
            ["operation"] = "mark", ["insuredIdentity"] = "021", ["validFrom"] = "2020-01-01", ["validTo"] = "2021-12-31", ["certifyingAuthority"] = "叶集区残联",
        }, "ID_CARD", "DISABILITY_CERT");
        OnlyFailure(await ChecksAsync(clerk, id), "身份仍在有效期内");
    }

    [Fact]
    public async Task BackPayment_ShowsTheUnpaidYears_IsPendingUntilReceived_ThenCreditsTheAccount()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1976, 2, 2));
        await EnrolAsync(App, p, 2012, 300, Enumerable.Range(2012, ThisYear - 2012).Where(y => y is not (2019 or 2020)).ToList());
        var id = await AcceptAsync(clerk, "A1-06", p, Payment(2019, "31"), "ID_CARD");
        var checks = await ChecksAsync(clerk, id);
        Assert.Equal("2019年、2020年（可补缴）", checks.Single(c => c.Rule == "未缴年度").Detail);
        await ApproveAsync(App, clerk, id);

        var person = await PersonJsonAsync(clerk, p);
        var facts = Facts(person, "resident");
        Assert.Equal("2020年", facts["欠费年度"]);
        Assert.Equal("2019年补缴", facts["已申报待到账"]);
        var balanceBefore = facts["个人账户余额"];

        var centre = await App.ApiClientAsync("jb.review");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync($"/api/v1/persons/{p.Id}/contributions/received", new { year = 2019, receivedOn = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd") })).StatusCode);
        var received = await centre.PostAsJsonAsync($"/api/v1/persons/{p.Id}/contributions/received", new { year = 2019, receivedOn = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.NoContent, received.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await centre.PostAsJsonAsync($"/api/v1/persons/{p.Id}/contributions/received", new { year = 2019, receivedOn = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd") })).StatusCode);

        var after = Facts(await PersonJsonAsync(clerk, p), "resident");
        Assert.False(after.ContainsKey("已申报待到账"));
        Assert.Equal($"{ThisYear - 2012 - 1}年", after["已缴费年限"]);
        Assert.NotEqual(balanceBefore, after["个人账户余额"]);
        Assert.Contains("个人缴费", after["账户构成"]);
    }

    [Theory]
    [InlineData("receiving", "未领取城乡居民养老保险待遇")]
    [InlineData("enrolled", "在本区尚未参保")]
    public async Task TransferIn_EachRuleFailsAlone(string scenario, string rule)
    {
        var clerk = await App.ApiClientAsync("shihe.clerk");
        var p = await PersonAsync(App, new DateOnly(1960, 3, 3));
        await EnrolAsync(App, p, 2012, 300, [2012]);
        if (scenario == "receiving") await BenefitAsync(App, p, "2020-04", 200, 50, 7000, "2026-10");
        var id = await AcceptAsync(clerk, "A1-07", p, TransferForm(), "ID_CARD", "HOUSEHOLD_BOOK", "TRANSFER_FORM");
        var failed = (await ChecksAsync(clerk, id)).Where(c => !c.Passed).Select(c => c.Rule).ToList();
        Assert.Contains(rule, failed);
        if (scenario == "enrolled") Assert.Single(failed);
    }

    private static Dictionary<string, string> TransferForm() => new()
    {
        ["transferOutAgency"] = "霍邱县社会保险事业管理中心", ["transferOutPersonNo"] = "3415220001234", ["newHouseholdAddress"] = "顺河社区第2组",
        ["migrationDate"] = "2026-03-01", ["transferredYears"] = "6", ["transferredBalance"] = "4321.50", ["contributionGrade"] = "500",
    };

    [Fact]
    public async Task TransferIn_Approved_BringsTheYearsAndTheBalance_AndOnlyATownshipAccepts()
    {
        var village = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1979, 4, 4));
        Assert.Equal(HttpStatusCode.Forbidden, (await CreateAsync(village, "A1-07", p, TransferForm())).StatusCode);
        var township = await App.ApiClientAsync("shihe.clerk");
        var id = await AcceptAsync(township, "A1-07", p, TransferForm(), "ID_CARD", "HOUSEHOLD_BOOK", "TRANSFER_FORM");
        await ApproveAsync(App, township, id);

        var facts = Facts(await PersonJsonAsync(township, p), "resident");
        Assert.Equal("6年", facts["已缴费年限"]);
        Assert.StartsWith("霍邱县社会保险事业管理中心", facts["转入"]);
        Assert.StartsWith("4321.50元", facts["个人账户余额"]);
        Assert.Equal("2026-03", facts["参保年月"]);
    }

    [Theory]
    [InlineData("no-certificate", "附民政部门出具的认定证明")]
    [InlineData("period", "有效期止不早于有效期起")]
    [InlineData("unmark-none", "取消的身份为现有身份")]
    public async Task SpecialIdentity_EachRuleFailsAlone(string scenario, string rule)
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1977, 5, 5));
        await EnrolAsync(App, p, 2015, 300, [2015, 2016]);
        var form = new Dictionary<string, string>
        {
            ["operation"] = scenario == "unmark-none" ? "unmark" : "mark", ["insuredIdentity"] = "061", ["validFrom"] = $"{ThisYear}-01-01",
            ["validTo"] = scenario == "period" ? $"{ThisYear - 1}-12-31" : $"{ThisYear + 1}-12-31", ["certifyingAuthority"] = "叶集区民政局", ["certificateNumber"] = "DB2026001",
        };
        string[] materials = scenario == "no-certificate" ? ["ID_CARD"] : ["ID_CARD", "MINZHENG_CERT"];
        var id = await AcceptAsync(clerk, "A1-08", p, form, materials);
        var failed = (await ChecksAsync(clerk, id)).Where(c => !c.Passed).Select(c => c.Rule).ToList();
        Assert.Contains(rule, failed);
        if (scenario != "period") Assert.Single(failed);
    }

    [Fact]
    public async Task SpecialIdentity_Approved_MakesTheGovernmentPayTheMinimumGrade_OfItsYears()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1978, 6, 6));
        await EnrolAsync(App, p, 2015, 300, Enumerable.Range(2015, ThisYear - 2015).ToList());
        // This year's contribution declared first (pending), then the identity is recognised.
        var pay = await AcceptAsync(clerk, "A1-06", p, Payment(ThisYear, "10"), "ID_CARD");
        await ApproveAsync(App, clerk, pay);
        var mark = await AcceptAsync(clerk, "A1-08", p, new Dictionary<string, string>
        {
            ["operation"] = "mark", ["insuredIdentity"] = "061", ["validFrom"] = $"{ThisYear}-01-01", ["validTo"] = $"{ThisYear + 1}-12-31",
            ["certifyingAuthority"] = "叶集区民政局", ["certificateNumber"] = "DB2026001",
        }, "ID_CARD", "MINZHENG_CERT");
        await ApproveAsync(App, clerk, mark);

        var person = await PersonJsonAsync(clerk, p);
        Assert.Equal("061", person.GetProperty("specialIdentityCode").GetString());
        var contributions = person.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "resident")
            .GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("title").GetString() == "缴费记录").GetProperty("rows").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToList()).ToList();
        var thisYear = contributions.Single(r => r[0] == $"{ThisYear}");
        Assert.Equal("100.00", thisYear[5]);   // 政府代缴 of the minimum grade
        Assert.Equal("200.00", thisYear[3]);   // the person pays the rest
        Assert.StartsWith("低保对象一级", Facts(person, "resident")["特殊身份"]);
        Assert.DoesNotContain("DB2026001", person.GetRawText());
    }

    [Fact]
    public async Task Interruption_NeedsAPayingMember_AndPausesPayment()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var notEnrolled = await PersonAsync(App, new DateOnly(1985, 7, 7));
        var refused = await AcceptAsync(clerk, "A1-09", notEnrolled, new Dictionary<string, string> { ["interruptReason"] = "外出务工", ["interruptFromMonth"] = $"{ThisYear}-01" }, "ID_CARD");
        OnlyFailure(await ChecksAsync(clerk, refused), "参保且正常缴费");

        var p = await PersonAsync(App, new DateOnly(1985, 8, 8));
        await EnrolAsync(App, p, 2015, 300, [2015, 2016]);
        var id = await AcceptAsync(clerk, "A1-09", p, new Dictionary<string, string> { ["interruptReason"] = "外出务工", ["interruptFromMonth"] = $"{ThisYear}-01" }, "ID_CARD");
        await ApproveAsync(App, clerk, id);
        var person = await PersonJsonAsync(clerk, p);
        Assert.Equal("暂停缴费", Summary(person, "resident"));
        Assert.StartsWith("6399", Facts(person, "resident")["中断缴费"]);
    }
}
