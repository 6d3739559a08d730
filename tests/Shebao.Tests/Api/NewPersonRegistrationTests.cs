using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;
using static Shebao.Tests.Support.Residents;

namespace Shebao.Tests.Api;

/// <summary>
/// Issue 14 §1: A1-03 of a person the registry does not hold (a pending registration of the case until approval),
/// the concurrent double registration, the other-village hint, and a person moving in with A1-07.
/// </summary>
[Trait("Category", "Db")]
public sealed class NewPersonRegistrationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>A valid number no demo person carries (an area code outside the district, a random sequence).</summary>
    private static string NewIdNumber(DateOnly? birth = null)
    {
        var first17 = $"410102{birth ?? new DateOnly(1990, 1, 1).AddDays(Random.Shared.Next(3000)):yyyyMMdd}{Random.Shared.Next(1000):000}";
        return first17 + IdNumber.CheckChar(first17);
    }

    private static Dictionary<string, string> EnrolForm(string id, string village = "顺河社区") => new()
    {
        ["gender"] = IdNumber.GenderOf(id), ["ethnicity"] = "01", ["birthDate"] = IdNumber.BirthDateOf(id)!.Value.ToString("yyyy-MM-dd"),
        ["householdType"] = "1", ["householdAddress"] = "叶集区史河街道顺河社区", ["residentialAddress"] = "顺河社区第6组", ["phone"] = "13955551234",
        ["township"] = "史河街道", ["village"] = village, ["villageGroup"] = "第6组", ["insuredIdentity"] = "011", ["contributionGrade"] = "300", ["paymentMethod"] = "3",
        ["receivingOtherPension"] = "false", ["applicationDate"] = Today.ToString("yyyy-MM-dd"),
    };

    private static async Task<JsonElement> SearchAsync(HttpClient client, string id)
    {
        var response = await client.PostAsJsonAsync("/api/v1/persons/search", new { idNumber = id });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage r) => await r.Content.ReadAsStringAsync();

    private Task<bool> InTableAsync(string id) => App.InScopeAsync(async sp =>
    {
        var index = sp.GetRequiredService<PersonLookup>().IndexOf(id);
        return await sp.GetRequiredService<AppDbContext>().Persons.IgnoreQueryFilters().AnyAsync(p => p.IdNumberIndex == index);
    });

    [Fact]
    public async Task NewPerson_IsPendingWithTheCase_AndJoinsTheVillageWithTheEnrolment_OnApproval()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var id = NewIdNumber();
        var caseId = await CaseApi.AcceptAsync(clerk, "A1-03", id, "新登记甲", EnrolForm(id), "ID_CARD", "APPLICATION_FORM");

        var pending = await CaseAsync(clerk, caseId);
        Assert.Equal("pending", pending.GetProperty("person").GetProperty("registration").GetString());
        Assert.Equal(Masking.IdNumber(id), pending.GetProperty("person").GetProperty("idNumberMasked").GetString());
        Assert.All(await ChecksAsync(clerk, caseId), c => Assert.True(c.Passed, c.Rule + "：" + c.Detail));
        Assert.Equal(0, (await SearchAsync(clerk, id)).GetProperty("total").GetInt32());
        var personId = pending.GetProperty("person").GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/v1/persons/{personId}")).StatusCode);

        await ApproveAsync(App, clerk, caseId);

        Assert.Equal("registered", (await CaseAsync(clerk, caseId)).GetProperty("person").GetProperty("registration").GetString());
        var found = await SearchAsync(clerk, id);
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal(personId, found.GetProperty("items")[0].GetProperty("id").GetString());
        var person = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/persons/{personId}");
        Assert.Equal("正常缴费", Summary(person, "resident"));
        Assert.Equal("139****1234", person.GetProperty("phoneMasked").GetString());
        Assert.Contains(person.GetProperty("history").EnumerateArray(), h => h.GetProperty("summary").GetString() == "新参保人登记");
        // Another village's clerk does not see them: they belong to 顺河社区.
        Assert.Equal(0, (await SearchAsync(await App.ApiClientAsync("pengzhou.clerk"), id)).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("reject")]
    [InlineData("withdraw")]
    public async Task RefusalOrWithdrawal_RemovesThePendingPerson_TheCaseKeepsTheMaskedNumber(string action)
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var id = NewIdNumber();
        var caseId = await CaseApi.AcceptAsync(clerk, "A1-03", id, "新登记乙", EnrolForm(id));
        Assert.True(await InTableAsync(id));

        var acted = await ActAsync(clerk, caseId, action, new Dictionary<string, object?> { ["reason"] = "申请人材料不齐，不予受理", ["comment"] = "申请人撤回" });
        Assert.True(acted.StatusCode == HttpStatusCode.OK, await ProblemAsync(acted));

        Assert.False(await InTableAsync(id));
        var closed = await CaseAsync(clerk, caseId);
        Assert.Equal("removed", closed.GetProperty("person").GetProperty("registration").GetString());
        Assert.Equal(Masking.IdNumber(id), closed.GetProperty("person").GetProperty("idNumberMasked").GetString());
        Assert.DoesNotContain(id, closed.GetRawText());
        // The number is free again: a new registration can be accepted.
        Assert.Equal(HttpStatusCode.Created, (await CaseApi.PostAsync(clerk, "A1-03", id, "新登记乙", EnrolForm(id))).StatusCode);
    }

    [Fact]
    public async Task TwoClerksRegisteringOneNumberAtOnce_GetOneCase_TheOther409NamesIt()
    {
        var village = await App.ApiClientAsync("shunhe.clerk");
        var township = await App.ApiClientAsync("shihe.clerk");
        for (var round = 0; round < 3; round++)
        {
            var id = NewIdNumber();
            var responses = await Task.WhenAll(
                CaseApi.PostAsync(village, "A1-03", id, "新登记丙", EnrolForm(id)),
                CaseApi.PostAsync(township, "A1-03", id, "新登记丙", EnrolForm(id)));
            var created = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            var conflict = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
            var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("number").GetString()!;
            Assert.Contains(number, await ProblemAsync(conflict));
        }
        // Sequentially too, and for any name: one open registration per number.
        var again = NewIdNumber();
        var first = await CaseApi.PostAsync(village, "A1-03", again, "新登记丁", EnrolForm(again));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var second = await CaseApi.PostAsync(township, "A1-03", again, "别的名字", EnrolForm(again));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("number").GetString()!, await ProblemAsync(second));
    }

    [Fact]
    public async Task ANumberRegisteredInAnotherVillage_TellsWhere_AndWhichItemMovesThem()
    {
        var p = await PersonAsync(App, new DateOnly(1985, 4, 4), village: "341504002200");   // 平岗街道五楼村
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var response = await CaseApi.PostAsync(clerk, "A1-03", p.IdNumber, p.Name, EnrolForm(p.IdNumber));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("idNumber")[0].GetString()!;
        Assert.Contains("平岗街道", message);
        Assert.Contains("五楼村", message);
        Assert.Contains("A1-04", message);
        Assert.Contains("A1-07", message);
        Assert.DoesNotContain(p.Name, message);
        Assert.False(await App.InScopeAsync(async sp => await sp.GetRequiredService<AppDbContext>().Persons.IgnoreQueryFilters().AnyAsync(x => x.RegistrationPending && x.Name == p.Name)));
    }

    [Fact]
    public async Task ANewPersonOutsideTheClerksArea_OrWithoutAVillage_IsRefused_AndNothingIsLeftBehind()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var id = NewIdNumber();
        var other = await CaseApi.PostAsync(clerk, "A1-03", id, "新登记戊", EnrolForm(id, village: "五楼村"));
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("不在您的辖区内", await ProblemAsync(other));
        // Items other than a registration still need a registered person.
        var change = await CaseApi.PostAsync(clerk, "A1-04", id, "新登记戊", new Dictionary<string, string> { ["changeItem"] = "phone", ["newPhone"] = "13812345678", ["reason"] = "换号" });
        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        Assert.Contains("本辖区没有该公民身份号码的参保人登记", await ProblemAsync(change));
        Assert.False(await InTableAsync(id));
    }

    [Fact]
    public async Task APersonMovingInFromOutsideTheDistrict_IsRegisteredByTheTransferIn()
    {
        var township = await App.ApiClientAsync("shihe.clerk");
        var id = NewIdNumber(new DateOnly(1981, 3, 3));
        var form = new Dictionary<string, string>
        {
            ["transferOutAgency"] = "霍邱县社会保险事业管理中心", ["transferOutPersonNo"] = "3415220001234", ["newHouseholdAddress"] = "顺河社区第2组",
            ["migrationDate"] = "2026-03-01", ["transferredYears"] = "6", ["transferredBalance"] = "4321.50", ["contributionGrade"] = "500",
            ["village"] = "顺河社区", ["villageGroup"] = "第2组", ["phone"] = "13955550007",
        };
        var caseId = await CaseApi.AcceptAsync(township, "A1-07", id, "迁入人员", form, "ID_CARD", "HOUSEHOLD_BOOK", "TRANSFER_FORM");
        Assert.Equal("pending", (await CaseAsync(township, caseId)).GetProperty("person").GetProperty("registration").GetString());
        Assert.All(await ChecksAsync(township, caseId), c => Assert.True(c.Passed, c.Rule + "：" + c.Detail));
        await ApproveAsync(App, township, caseId);

        var found = await SearchAsync(await App.ApiClientAsync("shunhe.clerk"), id);
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        var person = await township.GetFromJsonAsync<JsonElement>($"/api/v1/persons/{found.GetProperty("items")[0].GetProperty("id").GetString()}");
        var facts = Facts(person, "resident");
        Assert.Equal("6年", facts["已缴费年限"]);
        Assert.StartsWith("霍邱县社会保险事业管理中心", facts["转入"]);
        Assert.Equal("正常缴费", Summary(person, "resident"));
    }

    [Fact]
    public async Task Precheck_OfANewPerson_GivesTheEnrolmentChecks_AndLeavesNoPendingPersonBehind()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var id = NewIdNumber();
        var precheck = await clerk.PostAsJsonAsync("/api/v1/cases/precheck", new { itemCode = "A1-03", idNumber = id, name = "预检新人", form = EnrolForm(id) });
        Assert.Equal(HttpStatusCode.OK, precheck.StatusCode);
        var checks = (await precheck.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
        Assert.NotEqual(0, checks.GetArrayLength());
        Assert.False(await InTableAsync(id));   // the person the rules saw was rolled back

        // And 受理 afterwards sees exactly what the precheck saw.
        var caseId = await CaseApi.AcceptAsync(clerk, "A1-03", id, "预检新人", EnrolForm(id), "ID_CARD", "APPLICATION_FORM");
        var after = await CaseAsync(clerk, caseId);
        Assert.Equal(checks.EnumerateArray().Select(c => (c.GetProperty("rule").GetString(), c.GetProperty("passed").GetBoolean())),
            after.GetProperty("checks").EnumerateArray().Select(c => (c.GetProperty("rule").GetString(), c.GetProperty("passed").GetBoolean())));
    }

    [Fact]
    public async Task PersonImport_OfANumberPendingWithACase_IsRefusedOnItsLine_NotInserted()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var id = NewIdNumber();
        await CaseApi.AcceptAsync(clerk, "A1-03", id, "待登记乙", EnrolForm(id), "ID_CARD", "APPLICATION_FORM");

        var csv = $"公民身份号码,姓名,村（社区）代码,组,地址,联系电话,开户银行,银行账号,户口性质,参保身份,参保状态,缴费状态\n{id},待登记乙,341504001003,一组,顺河社区一组,13800001234,农业银行,6228480000123456789,1,011,,\n";
        var admin = await App.ApiClientAsync("admin");
        var response = await admin.PostAsync("/api/v1/persons/import", new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "persons.csv" } });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("待登记", body, StringComparison.Ordinal);
        Assert.Contains("\"line\":2", body, StringComparison.Ordinal);
    }
}
