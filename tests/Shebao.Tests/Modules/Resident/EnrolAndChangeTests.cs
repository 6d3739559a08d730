using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shebao.Core.Modules.Persons;
using Shebao.Tests.Support;
using static Shebao.Tests.Support.Residents;

namespace Shebao.Tests.Modules.Resident;

/// <summary>A1-03 参保登记, A1-04 基础信息变更, A1-05 关键信息变更: each rule failing alone, and the effect through the API.</summary>
[Trait("Category", "Db")]
public sealed class EnrolAndChangeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static Dictionary<string, string> EnrolForm(TestPerson p, string grade = "300", string other = "false", string method = "3") => new()
    {
        ["gender"] = IdNumber.GenderOf(p.IdNumber), ["ethnicity"] = "01", ["birthDate"] = IdNumber.BirthDateOf(p.IdNumber)!.Value.ToString("yyyy-MM-dd"),
        ["householdType"] = "1", ["householdAddress"] = "叶集区史河街道顺河社区", ["residentialAddress"] = "顺河社区第6组", ["phone"] = "13955551234",
        ["township"] = "史河街道", ["village"] = "顺河社区", ["insuredIdentity"] = "011", ["contributionGrade"] = grade, ["paymentMethod"] = method,
        ["receivingOtherPension"] = other, ["applicationDate"] = Today.ToString("yyyy-MM-dd"),
    };

    [Theory]
    [InlineData("under16", "年满16周岁")]
    [InlineData("employee", "未参加企业职工基本养老保险")]
    [InlineData("enrolled", "未参加城乡居民养老保险（不重复参保）")]
    [InlineData("grade", "缴费档次为本年度开办的档次")]
    [InlineData("other-pension", "未领取其他基本养老保障待遇")]
    [InlineData("birth", "出生日期、性别与公民身份号码一致")]
    [InlineData("bank", "银行代收须有代扣账号")]
    public async Task Enrolment_EachRuleFailsAlone_AndBlocksSubmission(string scenario, string rule)
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, scenario == "under16" ? Today.AddYears(-15) : new DateOnly(1990, 5, 6), employeeStatus: scenario == "employee" ? "1" : null);
        if (scenario == "enrolled") await EnrolAsync(App, p, 2015, 300, [2015]);
        var form = EnrolForm(p, grade: scenario == "grade" ? "250" : "300", other: scenario == "other-pension" ? "true" : "false", method: scenario == "bank" ? "2" : "3");
        if (scenario == "birth") form["birthDate"] = "1990-05-07";
        var id = await AcceptAsync(clerk, "A1-03", p, form, "ID_CARD", "APPLICATION_FORM");

        var detail = OnlyFailure(await ChecksAsync(clerk, id), rule);
        Assert.False(string.IsNullOrWhiteSpace(detail));
        var submit = await ActAsync(clerk, id, "submit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        var problem = await submit.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem.GetProperty("errors").GetProperty("eligibility").EnumerateArray(), e => e.GetString()!.StartsWith(rule, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARefusedSubmit_OnTheCasePage_LeavesTheCaseAccepted()
    {
        // The page shows the refusal with the applicant's record, which writes an audit row: the refused move must not ride along.
        var api = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1990, 5, 6), employeeStatus: "1");
        var id = await AcceptAsync(api, "A1-03", p, EnrolForm(p), "ID_CARD", "APPLICATION_FORM");
        var page = await App.PageClientAsync("shunhe.clerk");
        var response = await TestApp.PostFormAsync(page, $"/Cases/Detail/{id}", new() { ["act"] = "submit", ["version"] = "1" });
        Assert.Contains("不符合办理条件", await response.Content.ReadAsStringAsync());
        var c = await CaseAsync(api, id);
        Assert.Equal("accepted", c.GetProperty("status").GetString());
        Assert.Equal(1, c.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Enrolment_Approved_MakesThePersonAPayingMember_WithHistory()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1992, 3, 4));
        var id = await AcceptAsync(clerk, "A1-03", p, EnrolForm(p), "ID_CARD", "APPLICATION_FORM");
        Assert.All(await ChecksAsync(clerk, id), c => Assert.True(c.Passed, c.Rule));
        await ApproveAsync(App, clerk, id);

        var person = await PersonJsonAsync(clerk, p);
        Assert.Equal("正常缴费", Summary(person, "resident"));
        var facts = Facts(person, "resident");
        Assert.Equal($"{Today:yyyy-MM}", facts["参保年月"]);
        Assert.Equal("300.00元/年", facts["缴费档次"]);
        Assert.Equal("139****1234", person.GetProperty("phoneMasked").GetString());
        Assert.Contains(person.GetProperty("history").EnumerateArray(), h => h.GetProperty("summary").GetString() == "城居保参保登记");
        Assert.Contains(person.GetProperty("enrolments").EnumerateArray(), e => e.GetProperty("status").GetString() == "正常缴费");
    }

    [Fact]
    public async Task ThePersonShows_TheEmployeePensionStatus_ByName()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1960, 2, 2), employeeStatus: "2");
        var schemes = (await PersonJsonAsync(clerk, p)).GetProperty("enrolments").EnumerateArray()
            .ToDictionary(e => e.GetProperty("scheme").GetString()!, e => e.GetProperty("status").GetString());
        Assert.Equal("正常待遇", schemes["企业职工基本养老保险"]);
        Assert.Equal("未参保", schemes["城乡居民基本养老保险"]);
    }

    [Theory]
    [InlineData("same", "变更后的内容与现有登记不同")]
    [InlineData("missing", "填写变更后的联系电话")]
    [InlineData("extra", "一次只变更所选的项目")]
    public async Task BasicChange_EachRuleFailsAlone(string scenario, string rule)
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1980, 1, 2));
        var form = new Dictionary<string, string> { ["changeItem"] = "phone", ["reason"] = "换号" };
        if (scenario == "same") form["newPhone"] = "13905600001";
        if (scenario == "extra") { form["newPhone"] = "13800001111"; form["newAddress"] = "别处"; }
        var id = await AcceptAsync(clerk, "A1-04", p, form, "ID_CARD", "APPLICATION_FORM");
        OnlyFailure(await ChecksAsync(clerk, id), rule);
    }

    [Fact]
    public async Task BasicChange_Approved_UpdatesThePhone_KeepsItEncrypted_AndRecordsMaskedBeforeAfter()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1981, 2, 3));
        var id = await AcceptAsync(clerk, "A1-04", p, new Dictionary<string, string> { ["changeItem"] = "phone", ["newPhone"] = "13812345678", ["reason"] = "换号" }, "ID_CARD", "APPLICATION_FORM");
        await ApproveAsync(App, clerk, id);

        var person = await PersonJsonAsync(clerk, p);
        Assert.Equal("138****5678", person.GetProperty("phoneMasked").GetString());
        var change = person.GetProperty("history").EnumerateArray().First(h => h.GetProperty("kind").GetString() == "person.basic");
        Assert.Contains("139****0001", change.GetProperty("before").GetString());
        Assert.Contains("138****5678", change.GetProperty("after").GetString());
        Assert.DoesNotContain("13812345678", person.GetRawText());
        var reveal = await clerk.PostAsJsonAsync($"/api/v1/persons/{p.Id}/reveal", new { reason = "核对变更" });
        Assert.Equal("13812345678", (await reveal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("phone").GetString());
    }

    [Theory]
    [InlineData("no-certificate", "附公安机关户籍证明")]
    [InlineData("used", "新号码未被他人登记使用")]
    [InlineData("birth-mismatch", "新出生日期与新身份证号码一致")]
    [InlineData("same-name", "新姓名与现登记不同")]
    [InlineData("gender-mismatch", "新性别与新身份证号码一致")]
    [InlineData("no-new-id", "填写新公民身份号码")]
    public async Task KeyChange_EachRuleFailsAlone(string scenario, string rule)
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1975, 6, 7));
        var other = await PersonAsync(App, new DateOnly(1975, 6, 8));
        var newId = Fresh(new DateOnly(1975, 6, 11));
        var form = scenario switch
        {
            "same-name" => new Dictionary<string, string> { ["changeItem"] = "name", ["newName"] = p.Name, ["reason"] = "更正" },
            "gender-mismatch" => new Dictionary<string, string> { ["changeItem"] = "gender", ["newIdNumber"] = newId, ["newGender"] = IdNumber.GenderOf(newId) == "1" ? "2" : "1", ["reason"] = "更正" },
            "no-new-id" => new Dictionary<string, string> { ["changeItem"] = "gender", ["newGender"] = "2", ["reason"] = "更正" },
            "used" => new Dictionary<string, string> { ["changeItem"] = "idNumber", ["newIdNumber"] = other.IdNumber, ["reason"] = "更正" },
            "birth-mismatch" => new Dictionary<string, string> { ["changeItem"] = "birthDate", ["newIdNumber"] = Fresh(new DateOnly(1975, 6, 9)), ["newBirthDate"] = "1975-06-10", ["reason"] = "更正" },
            _ => new Dictionary<string, string> { ["changeItem"] = "name", ["newName"] = "新名字", ["reason"] = "更正" },
        };
        string[] materials = scenario == "no-certificate" ? ["ID_CARD", "APPLICATION_FORM"] : ["ID_CARD", "APPLICATION_FORM", "POLICE_CERTIFICATE"];
        var id = await AcceptAsync(clerk, "A1-05", p, form, materials);
        OnlyFailure(await ChecksAsync(clerk, id), rule);
    }

    [Fact]
    public async Task KeyChange_OfTheIdNumber_RederivesBirthDateAndTheAge60Month()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1970, 8, 9));
        await EnrolAsync(App, p, 2012, 300, [2012, 2013]);
        var corrected = Fresh(new DateOnly(1969, 8, 9));
        var id = await AcceptAsync(clerk, "A1-05", p, new Dictionary<string, string> { ["changeItem"] = "birthDate", ["newIdNumber"] = corrected, ["newBirthDate"] = "1969-08-09", ["reason"] = "户籍更正" },
            "ID_CARD", "APPLICATION_FORM", "POLICE_CERTIFICATE");
        await ApproveAsync(App, clerk, id);

        var person = await PersonJsonAsync(clerk, p);
        Assert.Equal("1969-08-09", person.GetProperty("birthDate").GetString());
        Assert.Equal(Masking.IdNumber(corrected), person.GetProperty("idNumberMasked").GetString());
        Assert.Equal("2029-08", Facts(person, "resident")["到龄年月（年满60周岁）"]);
        var search = await clerk.PostAsJsonAsync("/api/v1/persons/search", new { idNumber = corrected });
        Assert.Equal(1, (await search.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
    }

    private static int fresh = 500;

    private static string Fresh(DateOnly birth)
    {
        var first17 = $"341504{birth:yyyyMMdd}{Interlocked.Increment(ref fresh) % 1000:000}";
        return first17 + IdNumber.CheckChar(first17);
    }
}
