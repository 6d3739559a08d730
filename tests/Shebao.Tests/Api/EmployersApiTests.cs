using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Employers;
using Shebao.Core.Modules.Employers.Demo;
using Shebao.Core.Platform.Validation;
using Shebao.Tests.Modules.Employers;
using Shebao.Tests.Support;

namespace Shebao.Tests.Api;

/// <summary>A1-01, A2-03 and A2-04 end to end through the API (accept, attach, submit, approve by 征缴), their effect on the person, and scope.</summary>
[Trait("Category", "Db")]
public sealed class EmployersApiTests(EmployerRulesFixture f) : IClassFixture<EmployerRulesFixture>
{
    private static readonly string Shunhe建材 = EmployersDemo.CreditCode("91", 0);   // 叶集区顺河建材有限公司, 顺河社区
    private static readonly string Shihe木业 = EmployersDemo.CreditCode("91", 1);    // 六安市叶集区史河木业有限公司, 史河街道 itself
    private TestApp App => f.App;

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static Task<string> CreateAsync(HttpClient clerk, string item, string id, string name, Dictionary<string, string> form, params string[] materials) =>
        CaseApi.AcceptAsync(clerk, item, id, name, form, materials);

    private async Task SubmitAndApproveAsync(HttpClient clerk, string caseId)
    {
        var submitted = await clerk.PostAsJsonAsync($"/api/v1/cases/{caseId}/submit", new { version = 1 });
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        var reviewer = await App.ApiClientAsync("zj.review");
        var approved = await reviewer.PostAsJsonAsync($"/api/v1/cases/{caseId}/approve", new { version = 2 });
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        Assert.Equal("approved", (await Json(approved)).GetProperty("status").GetString());
    }

    private async Task<JsonElement> SectionAsync(Guid personId, string key, string viewer = "zj.review")
    {
        var person = await Json(await (await App.ApiClientAsync(viewer)).GetAsync($"/api/v1/persons/{personId}"));
        return person.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == key);
    }

    private static string Facts(JsonElement section) =>
        string.Join("；", section.GetProperty("facts").EnumerateArray().Select(x => $"{x.GetProperty("label").GetString()}={x.GetProperty("value").GetString()}"));

    private static Dictionary<string, string> AddForm(string creditCode, string unitName, string hire, string month, string wage) => new()
    {
        ["unitName"] = unitName, ["creditCode"] = creditCode, ["employmentDate"] = hire, ["contributionWage"] = wage,
        ["insurePension"] = "true", ["insureUnemployment"] = "true", ["insureInjury"] = "false", ["addReason"] = "new", ["effectiveMonth"] = month,
    };

    [Fact]
    public async Task A2_03_Then_A2_04_ThroughTheApi_ChangeTheRoll_AndThePersonRecord()
    {
        // The employee lives in another township: only the employer must be in the clerk's area.
        var p = await f.FreshPersonAsync(pathPrefix: "/341504/341504002/");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var hire = today.AddDays(-3);
        var addCase = await CreateAsync(clerk, AddEmployeeRules.Code, f.PlainId(p), p.Name,
            AddForm(Shunhe建材, "叶集区顺河建材有限公司", hire.ToString("yyyy-MM-dd"), hire.ToString("yyyy-MM"), "6000"),
            "ID_CARD", "UNIT_AGENT_ID", "CREDIT_CODE_CERT");
        // The case shows its checks, the 30-day rule among them (on time here: hired three days ago).
        var checks = (await Json(await clerk.GetAsync($"/api/v1/cases/{addCase}"))).GetProperty("checks").EnumerateArray().ToList();
        Assert.All(checks, c => Assert.True(c.GetProperty("passed").GetBoolean()));
        Assert.Contains(checks, c => c.GetProperty("rule").GetString() == "自用工之日起30日内申报（社会保险法第58条）" && c.GetProperty("detail").GetString() == "用工第3天申报，未超过30日");
        await SubmitAndApproveAsync(clerk, addCase);

        var employment = await SectionAsync(p.Id, "employment");
        Assert.StartsWith("在职参保：叶集区顺河建材有限公司", employment.GetProperty("summary").GetString());
        Assert.Contains("缴费工资=6000.00 元/月", Facts(employment));
        Assert.Contains("参保险种=养老、失业", Facts(employment));
        var person = await Json(await (await App.ApiClientAsync("zj.review")).GetAsync($"/api/v1/persons/{p.Id}"));
        var number = (await Json(await clerk.GetAsync($"/api/v1/cases/{addCase}"))).GetProperty("number").GetString();
        Assert.Contains(person.GetProperty("history").EnumerateArray(), h => h.GetProperty("kind").GetString() == "employment" && h.GetProperty("caseNumber").GetString() == number);

        // The person page shows the new section too.
        var personPage = await (await App.PageClientAsync("zj.review")).GetStringAsync($"/Persons/Detail/{p.Id}");
        Assert.Contains("section-employment", personPage);
        Assert.Contains("叶集区顺河建材有限公司", personPage);

        // The employer's roll shows the employee, masked.
        var employerId = await f.WithDbAsync((db, _) => db.Set<Employer>().Where(e => e.CreditCode == Shunhe建材).Select(e => e.Id).SingleAsync());
        var detail = await clerk.GetAsync($"/api/v1/employers/{employerId}");
        var body = await detail.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains(p.IdNumberMasked, body);
        Assert.DoesNotContain(f.PlainId(p), body);
        var row = (await Json(detail)).GetProperty("roll").EnumerateArray().Single(r => r.GetProperty("personId").GetGuid() == p.Id);
        Assert.Equal("在职参保", row.GetProperty("status").GetString());

        var removeCase = await CreateAsync(clerk, RemoveEmployeeRules.Code, f.PlainId(p), p.Name, new()
        {
            ["unitName"] = "叶集区顺河建材有限公司", ["creditCode"] = Shunhe建材, ["removeReason"] = "retired", ["effectiveMonth"] = today.ToString("yyyy-MM"),
        }, "ID_CARD", "UNIT_AGENT_ID", "CREDIT_CODE_CERT");
        await SubmitAndApproveAsync(clerk, removeCase);
        employment = await SectionAsync(p.Id, "employment");
        Assert.StartsWith("终止参保：叶集区顺河建材有限公司", employment.GetProperty("summary").GetString());
        Assert.Contains("减员原因=退休", Facts(employment));
        var changes = (await Json(await clerk.GetAsync($"/api/v1/employers/{employerId}"))).GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("idNumberMasked").GetString() == p.IdNumberMasked).Select(c => c.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["remove", "add"], changes);
    }

    [Fact]
    public async Task A1_01_AddAndStop_ThroughTheApi_ShowInTheFlexibleSection()
    {
        var p = await f.FreshPersonAsync(pathPrefix: "/341504/341504001/");
        var clerk = await App.ApiClientAsync("shihe.clerk");
        var form = new Dictionary<string, string>
        {
            ["declareType"] = "add", ["personCategory"] = "102", ["insuranceType"] = "110", ["phone"] = "13805640000",
            ["contributionBaseRatio"] = "80", ["startMonth"] = "2025-07",
        };
        await SubmitAndApproveAsync(clerk, await CreateAsync(clerk, FlexibleEmploymentRules.Code, f.PlainId(p), p.Name, form, "ID_CARD", "APPLICATION_FORM"));
        var flexible = await SectionAsync(p.Id, "flexible", "shihe.clerk");
        Assert.Equal("参保缴费：缴费基数 5940.80 元/月（80%），2025-07 起", flexible.GetProperty("summary").GetString());
        Assert.Equal("1", await f.WithDbAsync((db, _) => db.Persons.Where(x => x.Id == p.Id).Select(x => x.EmployeePensionStatus).SingleAsync()));

        // A second enrolment is refused at submit, with the rule named.
        var again = await CreateAsync(clerk, FlexibleEmploymentRules.Code, f.PlainId(p), p.Name, form, "ID_CARD", "APPLICATION_FORM");
        var refused = await clerk.PostAsJsonAsync($"/api/v1/cases/{again}/submit", new { version = 1 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("不能重复增员", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsJsonAsync($"/api/v1/cases/{again}/withdraw", new { version = 1 })).StatusCode);

        var stop = new Dictionary<string, string>
        {
            ["declareType"] = "remove", ["personCategory"] = "102", ["insuranceType"] = "110", ["phone"] = "13805640000",
            ["stopMonth"] = "2026-10", ["stopReason"] = "本人申请停保",
        };
        await SubmitAndApproveAsync(clerk, await CreateAsync(clerk, FlexibleEmploymentRules.Code, f.PlainId(p), p.Name, stop, "ID_CARD", "APPLICATION_FORM"));
        flexible = await SectionAsync(p.Id, "flexible", "shihe.clerk");
        Assert.Equal("停保：2026-10 起（本人申请停保）", flexible.GetProperty("summary").GetString());
        Assert.Equal("3", await f.WithDbAsync((db, _) => db.Persons.Where(x => x.Id == p.Id).Select(x => x.EmployeePensionStatus).SingleAsync()));
    }

    [Fact]
    public async Task EmployerOutsideTheClerksArea_FailsTheCheck_AndTheEmployerApiAnswers404()
    {
        var p = await f.FreshPersonAsync();
        var outsider = await App.ApiClientAsync("wulou.clerk");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var caseId = await CreateAsync(outsider, AddEmployeeRules.Code, f.PlainId(p), p.Name,
            AddForm(Shunhe建材, "叶集区顺河建材有限公司", today.ToString("yyyy-MM-dd"), today.ToString("yyyy-MM"), "6000"),
            "ID_CARD", "UNIT_AGENT_ID", "CREDIT_CODE_CERT");
        var refused = await outsider.PostAsJsonAsync($"/api/v1/cases/{caseId}/submit", new { version = 1 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var eligibility = (await Json(refused)).GetProperty("errors").GetProperty("eligibility").EnumerateArray().Select(x => x.GetString()).ToList();
        Assert.Contains(eligibility, m => m!.StartsWith("单位已登记且在您的辖区内：", StringComparison.Ordinal) && m.Contains("不在您的辖区"));
        Assert.Equal(HttpStatusCode.OK, (await outsider.PostAsJsonAsync($"/api/v1/cases/{caseId}/withdraw", new { version = 1 })).StatusCode);

        var ids = await f.WithDbAsync((db, _) => db.Set<Employer>().Where(e => e.CreditCode == Shunhe建材 || e.CreditCode == Shihe木业).ToDictionaryAsync(e => e.CreditCode, e => e.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/employers/{ids[Shunhe建材]}")).StatusCode);
        Assert.DoesNotContain(Shunhe建材, await outsider.GetStringAsync("/api/v1/employers?pageSize=200"));

        // The village sees its own employer, not the one registered at the township; the township sees both.
        var shunhe = await App.ApiClientAsync("shunhe.clerk");
        Assert.Contains(Shunhe建材, await shunhe.GetStringAsync("/api/v1/employers"));
        Assert.Equal(HttpStatusCode.NotFound, (await shunhe.GetAsync($"/api/v1/employers/{ids[Shihe木业]}")).StatusCode);
        var township = await Json(await (await App.ApiClientAsync("shihe.clerk")).GetAsync("/api/v1/employers?q=史河"));
        Assert.Equal(Shihe木业, Assert.Single(township.GetProperty("items").EnumerateArray()).GetProperty("creditCode").GetString());
        Assert.Equal(HttpStatusCode.OK, (await (await App.ApiClientAsync("shihe.clerk")).GetAsync($"/api/v1/employers/{ids[Shunhe建材]}")).StatusCode);

        // The pages follow the same scope.
        var page = await App.PageClientAsync("shunhe.clerk");
        Assert.Contains("叶集区顺河建材有限公司", await page.GetStringAsync("/Employers"));
        Assert.Contains("参保人员名册", await page.GetStringAsync($"/Employers/Detail/{ids[Shunhe建材]}"));
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/Employers/Detail/{ids[Shihe木业]}")).StatusCode);
    }

    [Fact]
    public async Task DemoData_SixEmployers_WithValidCreditCodes_SomeRemoved_AndTwoFlexibleWorkers()
    {
        var (employers, statuses, flexible) = await f.WithDbAsync(async (db, _) => (
            await db.Set<Employer>().Where(e => !e.Name.StartsWith("测试")).ToListAsync(),
            await db.Set<EmployerRollEntry>().Where(r => r.CaseId == null).Select(r => r.Status).ToListAsync(),
            await db.Set<FlexibleEnrolment>().CountAsync(x => x.CaseId == null)));
        Assert.Equal(6, employers.Count);
        Assert.All(employers, e => Assert.Null(UnifiedSocialCreditCode.Validate(e.CreditCode)));
        Assert.Equal(6, employers.Select(e => e.UnitCode).Distinct().Count());
        Assert.Contains(RollStatuses.Suspended, statuses);
        Assert.Contains(RollStatuses.Ended, statuses);
        Assert.True(statuses.Count(s => s == RollStatuses.Active) >= 12);
        Assert.Equal(2, flexible);
    }
}
