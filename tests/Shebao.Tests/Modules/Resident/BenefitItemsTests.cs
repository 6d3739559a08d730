using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shebao.Tests.Support;
using UglyToad.PdfPig;
using static Shebao.Tests.Support.Residents;

namespace Shebao.Tests.Modules.Resident;

/// <summary>A1-10 待遇申领, A1-11 待遇恢复, A1-12 待遇注销, A1-13 待遇测算.</summary>
[Trait("Category", "Db")]
public sealed partial class BenefitItemsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private static int ThisYear => Today.Year;
    private static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Born in January 61 years ago: 60 last January, so the claim may start last February.</summary>
    private static DateOnly Sixty1 => new(ThisYear - 61, 1, 10);

    private static Dictionary<string, string> ClaimForm(string start, string backPayment = "false", string other = "false") => new()
    {
        ["benefitStartMonth"] = start, ["paymentAccount"] = "6228480000555566667", ["receivingOtherPension"] = other, ["hasBackPayment"] = backPayment,
        ["applicationDate"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static IEnumerable<int> Years(int from, int to, params int[] skip) => Enumerable.Range(from, to - from + 1).Where(y => !skip.Contains(y));

    [Theory]
    [InlineData("young", "年满60周岁的次月起领取")]
    [InlineData("arrears", "无欠费")]
    [InlineData("pending", "申报的保费均已到账")]
    [InlineData("back-payment-denied", "有无补缴保费与系统记录一致")]
    [InlineData("employee-pension", "未领取企业职工基本养老保险等其他基本养老保险待遇")]
    [InlineData("short", "累计缴费满15年或符合过渡规定")]
    public async Task Claim_EachRuleFailsAlone(string scenario, string rule)
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var birth = scenario == "young" ? new DateOnly(ThisYear - 59, 1, 10) : Sixty1;
        var p = await PersonAsync(App, birth, employeeStatus: scenario == "employee-pension" ? "2" : null);
        var first = birth.Year + 60 - 17;   // 17 years to 60
        var last = Math.Min(birth.Year + 59, ThisYear - 1);
        var paid = scenario switch
        {
            "arrears" => Years(first, last, first + 3),
            "pending" or "back-payment-denied" => Years(first, last, first + 3),
            "short" => Years(first, last).Take(14),
            _ => Years(first, last),
        };
        (int, string, bool)[] extra = scenario switch
        {
            "pending" => [(first + 3, "31", false)],
            "back-payment-denied" => [(first + 3, "31", true)],
            "short" => Years(first, last).Skip(14).Select(y => (y, "10", false)).Take(0).ToArray(),
            _ => [],
        };
        await EnrolAsync(App, p, first, 300, paid, extra: extra);
        var start = scenario == "young" ? Month(Today.AddMonths(1)) : $"{birth.Year + 60}-02";
        var id = await AcceptAsync(clerk, "A1-10", p, ClaimForm(start, backPayment: scenario == "pending" ? "true" : "false"), "ID_CARD", "APPLICATION_FORM", "BANK_CARD");
        var failed = (await ChecksAsync(clerk, id)).Where(c => !c.Passed).ToList();
        Assert.Contains(failed, f => f.Rule == rule);
        // A missing year is arrears and also a year short; every other scenario fails its one rule only.
        if (scenario is not ("short")) Assert.Single(failed);
    }

    [Fact]
    public async Task Claim_StartingLaterThanNextMonth_IsRefused()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, Sixty1);
        await EnrolAsync(App, p, Sixty1.Year + 44, 300, Years(Sixty1.Year + 44, Sixty1.Year + 59));
        var id = await AcceptAsync(clerk, "A1-10", p, ClaimForm(Month(Today.AddMonths(3))), "ID_CARD", "APPLICATION_FORM", "BANK_CARD");
        OnlyFailure(await ChecksAsync(clerk, id), "领取起始年月不晚于下月");
    }

    [Fact]
    public async Task Claim_Approved_StartsTheBenefit_WithTheCalculatorsAmount()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, Sixty1);
        await EnrolAsync(App, p, Sixty1.Year + 60 - 16, 500, Years(Sixty1.Year + 44, Sixty1.Year + 59));
        var id = await AcceptAsync(clerk, "A1-10", p, ClaimForm($"{Sixty1.Year + 60}-02"), "ID_CARD", "APPLICATION_FORM", "BANK_CARD");
        await ApproveAsync(App, clerk, id);

        var person = await PersonJsonAsync(clerk, p);
        Assert.Equal("正常待遇", Summary(person, "resident"));
        var benefit = Facts(person, "benefit");
        var monthly = decimal.Parse(benefit["月养老金"].TrimEnd('元'), CultureInfo.InvariantCulture);
        var balance = decimal.Parse(BalanceAtStart().Match(benefit["个人账户养老金"]).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal("16年", benefit["核定时缴费年限"]);
        Assert.Contains("CJB.ACCOUNT_DIVISOR@", benefit["核定所用参数"]);

        var estimate = await App.Client().PostAsJsonAsync("/api/v1/calculators/resident-pension",
            new { birthDate = Sixty1, yearsPaid = 16, currentBalance = balance, plannedGrade = 500, plannedYears = 0, specialIdentity = "011" });
        var expected = (await estimate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("monthlyTotal").GetDecimal();
        Assert.Equal(expected, monthly);
        Assert.True(balance > 16 * 530, "the account carries the contributions and their interest");
    }

    [Fact]
    public async Task Claim_UnderTheTransitionalRule_WithFewerThan15YearsAllPaid_Passes()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, Sixty1);
        var first = Sixty1.Year + 50;   // joined at 50: ten years to 60
        await EnrolAsync(App, p, first, 300, Years(first, Sixty1.Year + 59));
        var id = await AcceptAsync(clerk, "A1-10", p, ClaimForm($"{Sixty1.Year + 60}-02"), "ID_CARD", "APPLICATION_FORM", "BANK_CARD");
        var checks = await ChecksAsync(clerk, id);
        Assert.All(checks, c => Assert.True(c.Passed, c.Rule + "：" + c.Detail));
        Assert.Contains("过渡规定", checks.Single(c => c.Rule == "累计缴费满15年或符合过渡规定").Detail);
    }

    [Theory]
    [InlineData("1201", "1201", "before-pause", "恢复年月不早于暂停年月、不晚于下月")]
    [InlineData("1201", "1201", "true", null)]
    [InlineData("1202", "1202", "true", "收监执行期间不补发")]
    [InlineData("1201", "1299", "false", "恢复原因与暂停原因一致")]
    public async Task Resumption_Rules(string pausedFor, string resumeReason, string backPay, string? failingRule)
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1950, 3, 3));
        await EnrolAsync(App, p, 2010, 200, Years(2010, 2009));
        var pauseMonth = Month(Today.AddMonths(-4));
        await BenefitAsync(App, p, "2014-04", 250, 40, 5560, Month(Today.AddMonths(-5)), "paused", pausedFor, pauseMonth);
        var resumeMonth = backPay == "before-pause" ? Month(Today.AddMonths(-6)) : Month(Today);
        var id = await AcceptAsync(clerk, "A1-11", p, new Dictionary<string, string> { ["resumeReason"] = resumeReason, ["resumeMonth"] = resumeMonth, ["backPay"] = backPay == "before-pause" ? "true" : backPay }, "ID_CARD");
        if (failingRule is not null)
        {
            OnlyFailure(await ChecksAsync(clerk, id), failingRule);
            return;
        }
        await ApproveAsync(App, clerk, id);
        var benefit = Facts(await PersonJsonAsync(clerk, p), "benefit");
        Assert.Equal($"自{Month(Today)}起；补发4个月共1000.00元", benefit["恢复"]);
    }

    [Fact]
    public async Task Resumption_AfterImprisonment_PaysNoBackPay_AndNothingToResumeIsRefused()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1951, 4, 4));
        await EnrolAsync(App, p, 2010, 200, []);
        await BenefitAsync(App, p, "2015-05", 250, 40, 5560, Month(Today.AddMonths(-7)), "paused", "1202", Month(Today.AddMonths(-6)));
        var id = await AcceptAsync(clerk, "A1-11", p, new Dictionary<string, string> { ["resumeReason"] = "1202", ["resumeMonth"] = Month(Today), ["backPay"] = "false" }, "ID_CARD", "RELEASE_PROOF");
        await ApproveAsync(App, clerk, id);
        Assert.Equal($"自{Month(Today)}起；补发0个月共0.00元", Facts(await PersonJsonAsync(clerk, p), "benefit")["恢复"]);

        var receiving = await PersonAsync(App, new DateOnly(1952, 5, 5));
        await EnrolAsync(App, receiving, 2010, 200, []);
        await BenefitAsync(App, receiving, "2016-06", 250, 40, 5560, Month(Today));
        var refused = await AcceptAsync(clerk, "A1-11", receiving, new Dictionary<string, string> { ["resumeReason"] = "1201", ["resumeMonth"] = Month(Today), ["backPay"] = "true" }, "ID_CARD");
        OnlyFailure(await ChecksAsync(clerk, refused), "待遇处于暂停发放状态");
    }

    private static readonly string HeirId = "34150419700101001" + Shebao.Core.Modules.Persons.IdNumber.CheckChar("34150419700101001");

    private static Dictionary<string, string> DeathForm(DateOnly died, string? terminationMonth = null, bool heir = true)
    {
        var form = new Dictionary<string, string>
        {
            ["terminationReason"] = "1401", ["terminationMonth"] = terminationMonth ?? Month(died.AddMonths(1)), ["deathDate"] = died.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["hasFuneralGrant"] = "false",
        };
        if (heir)
        {
            form["heirName"] = "测试继承人";
            form["heirIdNumber"] = HeirId;
            form["heirRelationship"] = "子女";
            form["heirBankAccount"] = "6228480000777788889";
        }
        return form;
    }

    [Theory]
    [InlineData("month", "终止年月为死亡次月")]
    [InlineData("no-proof", "附死亡证明")]
    [InlineData("no-heir", "写明继承人姓名、身份证号码、关系和银行账号")]
    [InlineData("not-receiving", "正在领取或暂停领取待遇")]
    public async Task Termination_EachRuleFailsAlone(string scenario, string rule)
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1948, 6, 6));
        await EnrolAsync(App, p, 2010, 200, []);
        if (scenario != "not-receiving") await BenefitAsync(App, p, "2010-07", 300, 50, 6950, Month(Today));
        var died = Today.AddMonths(-3);
        var form = DeathForm(died, terminationMonth: scenario == "month" ? Month(died) : null, heir: scenario != "no-heir");
        string[] materials = scenario == "no-proof" ? ["ID_CARD", "APPLICATION_FORM", "HEIR_ID", "KINSHIP_PROOF"] : ["ID_CARD", "APPLICATION_FORM", "DEATH_PROOF", "HEIR_ID", "KINSHIP_PROOF"];
        var id = await AcceptAsync(clerk, "A1-12", p, form, materials);
        OnlyFailure(await ChecksAsync(clerk, id), rule);
    }

    [Fact]
    public async Task Termination_ForJoiningTheEmployeeScheme_NeedsItsProof()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1948, 8, 8));
        await EnrolAsync(App, p, 2010, 200, []);
        await BenefitAsync(App, p, "2010-09", 300, 50, 6950, Month(Today));
        var id = await AcceptAsync(clerk, "A1-12", p, new Dictionary<string, string> { ["terminationReason"] = "1407", ["terminationMonth"] = Month(Today) }, "ID_CARD", "APPLICATION_FORM");
        OnlyFailure(await ChecksAsync(clerk, id), "附领取职保待遇的证明");
    }

    [Fact]
    public async Task Termination_OnDeath_RecoversTheOverpayment_FromTheBalance_AndRefundsTheRestToTheHeir()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1949, 7, 7));
        await EnrolAsync(App, p, 2010, 200, []);
        // Started 24 months before the death month; paid through this month; died three months ago.
        var died = Today.AddMonths(-3);
        var start = died.AddMonths(-23);
        await BenefitAsync(App, p, Month(start), 300, 50, 6950, Month(Today));
        var id = await AcceptAsync(clerk, "A1-12", p, DeathForm(died), "ID_CARD", "APPLICATION_FORM", "DEATH_PROOF", "HEIR_ID", "KINSHIP_PROOF");
        await ApproveAsync(App, clerk, id);

        var person = await PersonJsonAsync(clerk, p);
        Assert.Equal("终止参保", Summary(person, "resident"));
        var benefit = Facts(person, "benefit");
        // 3 months paid after the death month: 900 overpaid. Balance left: 6950 − 24 × 50 = 5750; 900 deducted, 4850 refunded.
        Assert.Equal("900.00元；已从账户余额扣回900.00元，另需追回0.00元", benefit["多发待遇（应追回）"]);
        Assert.StartsWith("4850.00元，退还继承人测试继承人（子女，" + Shebao.Core.Modules.Persons.Masking.IdNumber(HeirId), benefit["退还个人账户余额"]);
        Assert.Equal(died.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), benefit["死亡日期"]);
        Assert.StartsWith("已终止（1401 死亡", Summary(person, "benefit"));
    }

    [Fact]
    public async Task Estimate_IsComputedFromTheRecord_AndItsPdfIsAttachedToTheCase()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1980, 9, 9));
        await EnrolAsync(App, p, 2012, 300, Years(2012, 2020));
        var refused = await AcceptAsync(clerk, "A1-13", p, new Dictionary<string, string> { ["plannedGrade"] = "500", ["plannedYears"] = "40" }, "ID_CARD");
        OnlyFailure(await ChecksAsync(clerk, refused), "计划缴费年限不超过可缴年限");
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(clerk, refused, "withdraw")).StatusCode);
        var badGrade = await AcceptAsync(clerk, "A1-13", p, new Dictionary<string, string> { ["plannedGrade"] = "550", ["plannedYears"] = "10" }, "ID_CARD");
        OnlyFailure(await ChecksAsync(clerk, badGrade), "计划缴费档次为开办的档次");
        Assert.DoesNotContain((await CaseAsync(clerk, badGrade)).GetProperty("attachments").EnumerateArray(), a => a.GetProperty("materialCode").GetString() == "ESTIMATE_PDF");
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(clerk, badGrade, "withdraw")).StatusCode);

        var id = await AcceptAsync(clerk, "A1-13", p, new Dictionary<string, string> { ["plannedGrade"] = "500", ["plannedYears"] = "14" }, "ID_CARD");
        var c = await CaseAsync(clerk, id);
        var pdf = c.GetProperty("attachments").EnumerateArray().Single(a => a.GetProperty("materialCode").GetString() == "ESTIMATE_PDF");
        var bytes = await clerk.GetByteArrayAsync($"/api/v1/cases/{id}/attachments/{pdf.GetProperty("id").GetString()}");
        using var document = PdfDocument.Open(bytes);
        var text = string.Concat(document.GetPages().Select(page => page.Text));
        Assert.Contains("341504********", text);
        Assert.Contains("测算", text);
        await ApproveAsync(App, clerk, id);
    }

    [GeneratedRegex(@"核定时账户余额([0-9.]+)元")]
    private static partial Regex BalanceAtStart();
}
