using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Validation;
using Shebao.Tests.Support;

namespace Shebao.Tests.Api;

/// <summary>POST /cases/precheck says what 受理 would say for the same body, and writes nothing.</summary>
[Trait("Category", "Db")]
public sealed class CasePrecheckApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly ServiceCatalogue Catalogue = ServiceCatalogue.LoadEmbedded();
    private TestApp App => fixture.App;

    public static TheoryData<string> HandlingItems()
    {
        var data = new TheoryData<string>();
        foreach (var item in Catalogue.Items.Where(i => i.Review != "none")) data.Add(item.Code);
        return data;
    }

    /// <summary>A body every field rule accepts: each field filled with a plain valid value of its type.</summary>
    private static Dictionary<string, string> ValidForm(ServiceItem item, string idNumber)
    {
        var creditFirst17 = "91341504MA2N00000";
        var values = new Dictionary<string, string>();
        foreach (var f in item.Fields)
            values[f.Key] = f.Type switch
            {
                "select" => f.Options![0].Value,
                "bool" => "false",
                "date" => "2026-01-15",
                "month" => "2026-01",
                "year" => "2026",
                "number" => "10",
                "money" => "200",
                "phone" => "13905600001",
                "bankAccount" => "6228480000111122223",
                "idNumber" => idNumber,
                "creditCode" => creditFirst17 + UnifiedSocialCreditCode.CheckChar(creditFirst17),
                _ => "测试",
            };
        return values;
    }

    private static Task<HttpResponseMessage> PrecheckAsync(HttpClient client, string item, string idNumber, string name, object form) =>
        client.PostAsJsonAsync("/api/v1/cases/precheck", new { itemCode = item, idNumber, name, form });

    private static List<Check> Checks(JsonElement json) =>
        json.GetProperty("checks").EnumerateArray()
            .Select(c => new Check(c.GetProperty("rule").GetString()!, c.GetProperty("passed").GetBoolean(), c.GetProperty("detail").GetString())).ToList();

    [Theory]
    [MemberData(nameof(HandlingItems))]
    public async Task Precheck_GivesTheChecksOfTheAcceptedCase(string code)
    {
        var item = Catalogue.Find(code)!;
        var clerk = await App.ApiClientAsync(item.AcceptingTiers.Contains("village") ? "shunhe.clerk" : "shihe.clerk");
        var person = await Residents.PersonAsync(App, new DateOnly(1961, 3, 8));
        var form = ValidForm(item, person.IdNumber);

        var pre = await PrecheckAsync(clerk, code, person.IdNumber, person.Name, form);
        var preBody = await pre.Content.ReadAsStringAsync();
        Assert.True(pre.StatusCode == HttpStatusCode.OK, preBody);
        var precheck = JsonDocument.Parse(preBody).RootElement;
        var checks = Checks(precheck);
        Assert.Equal(checks.All(c => c.Passed), precheck.GetProperty("passed").GetBoolean());

        var created = await Residents.CreateAsync(clerk, code, person, form);
        var body = await created.Content.ReadAsStringAsync();
        if (item.Review == "instant")
        {
            // 即办 items decide at acceptance: a failing precheck is exactly the 422's lines, a passing one is a completed case.
            if (checks.All(c => c.Passed)) Assert.True(created.StatusCode == HttpStatusCode.Created, body);
            else
            {
                Assert.True(created.StatusCode == HttpStatusCode.UnprocessableEntity, body);
                var lines = JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("eligibility").EnumerateArray().Select(e => e.GetString()).ToList();
                Assert.Equal(checks.Where(c => !c.Passed).Select(c => $"{c.Rule}：{c.Detail}"), lines);
            }
            return;
        }
        Assert.True(created.StatusCode == HttpStatusCode.Created, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("case").GetProperty("id").GetString()!;
        Assert.Equal(checks, await Residents.ChecksAsync(clerk, id));
        await Residents.ActAsync(clerk, id, "withdraw");
    }

    [Fact]
    public async Task Precheck_CreatesNothing()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var person = await Residents.PersonAsync(App, new DateOnly(1962, 4, 9));
        var form = ValidForm(Catalogue.Find("A1-04")!, person.IdNumber);
        var before = await CountsAsync();

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await PrecheckAsync(clerk, "A1-04", person.IdNumber, person.Name, form)).StatusCode);

        Assert.Equal(before, await CountsAsync());
        // No open case was left behind: 受理 of the same body still goes through.
        Assert.Equal(HttpStatusCode.Created, (await Residents.CreateAsync(clerk, "A1-04", person, form)).StatusCode);
    }

    private Task<(int Cases, int Audit, int Persons)> CountsAsync() => App.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        return (await db.Set<Case>().CountAsync(), await db.AuditEntries.CountAsync(), await db.Persons.CountAsync());
    });

    public static TheoryData<string, string, string, Dictionary<string, string>> BadBodies() => new()
    {
        { "A1-04", "341504196503150020", "王秀兰", new() { ["changeItem"] = "address", ["reason"] = "搬家" } },   // wrong check digit
        { "A1-04", "341504196503150027", "", new() { ["changeItem"] = "nonsense", ["newPhone"] = "12" } },      // no name, bad option, bad phone, no reason
        { "A1-04", "341504196503150027", "王秀兰", new() { ["colour"] = "red", ["changeItem"] = "address", ["reason"] = "搬家" } },
        { "A1-04", "341504196503150027", "李四", new() { ["changeItem"] = "address", ["reason"] = "搬家" } },  // name does not match the registry
        { "A1-04", "34052419800101001X", "张伟", new() { ["changeItem"] = "address", ["reason"] = "搬家" } },  // another village
        { "Z9-99", "341504196503150027", "王秀兰", new() },
        { "A2-01", "341504196503150027", "王秀兰", new() },                                                    // a query item
        { "A1-07", "341504196503150027", "王秀兰", new() },                                                    // township only
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Precheck_AnswersWithTheStatusAndErrorsOf受理(string item, string idNumber, string name, Dictionary<string, string> form)
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var pre = await PrecheckAsync(clerk, item, idNumber, name, form);
        var created = await CaseApi.PostAsync(clerk, item, idNumber, name, form);
        Assert.Equal(created.StatusCode, pre.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, pre.StatusCode);
        var preProblem = await pre.Content.ReadFromJsonAsync<JsonElement>();
        var createdProblem = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Text(createdProblem, "title"), Text(preProblem, "title"));
        Assert.Equal(Errors(createdProblem), Errors(preProblem));
    }

    [Fact]
    public async Task Precheck_OfAnOpenCase_Is409LikeAcceptance()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var person = await Residents.PersonAsync(App, new DateOnly(1963, 5, 10));
        var form = ValidForm(Catalogue.Find("A1-04")!, person.IdNumber);
        Assert.Equal(HttpStatusCode.Created, (await Residents.CreateAsync(clerk, "A1-04", person, form)).StatusCode);
        var pre = await PrecheckAsync(clerk, "A1-04", person.IdNumber, person.Name, form);
        Assert.Equal(HttpStatusCode.Conflict, pre.StatusCode);
        Assert.Contains("未办结", Text(await pre.Content.ReadFromJsonAsync<JsonElement>(), "title"));
    }

    [Fact]
    public async Task Precheck_NeedsNoIdempotencyKey_AndShowsAFailingRule()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var person = await Residents.PersonAsync(App, new DateOnly(1963, 6, 11));
        // The registry already holds this phone: the change rule fails before any case exists.
        var pre = await PrecheckAsync(clerk, "A1-04", person.IdNumber, person.Name, new Dictionary<string, string> { ["changeItem"] = "phone", ["newPhone"] = "13905600001", ["reason"] = "换号" });
        var body = await pre.Content.ReadAsStringAsync();
        Assert.True(pre.StatusCode == HttpStatusCode.OK, body);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.False(json.GetProperty("passed").GetBoolean());
        Assert.Contains(Checks(json), c => !c.Passed);
    }

    [Fact]
    public async Task RegisteredAccount_IsFilledByAcceptance_AndStoredMasked()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var person = await Residents.PersonAsync(App, new DateOnly(1961, 7, 1));
        var form = ValidForm(Catalogue.Find("A1-10")!, person.IdNumber);
        form["paymentAccount"] = FormValues.RegisteredAccount;
        Assert.Equal(HttpStatusCode.OK, (await PrecheckAsync(clerk, "A1-10", person.IdNumber, person.Name, form)).StatusCode);
        var id = await Residents.AcceptAsync(clerk, "A1-10", person, form);
        var stored = (await Residents.CaseAsync(clerk, id)).GetProperty("form").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "paymentAccount");
        Assert.Equal(Shebao.Core.Modules.Persons.Masking.BankAccount("6228480000999988887"), stored.GetProperty("value").GetString());
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    private static string Errors(JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors) ? string.Join("|", errors.EnumerateObject().OrderBy(p => p.Name).Select(p => p.Name + "=" + string.Join(",", p.Value.EnumerateArray().Select(v => v.GetString())))) : "";
}
