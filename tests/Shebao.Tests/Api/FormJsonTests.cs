using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Shebao.Tests.Support;
using static Shebao.Tests.Support.Residents;

namespace Shebao.Tests.Api;

/// <summary>Issue 14 §4: forms take JSON numbers and booleans where the catalogue types them; unreadable bodies name the field.</summary>
[Trait("Category", "Db")]
public sealed class FormJsonTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;
    private static int ThisYear => DateTime.UtcNow.AddHours(8).Year;

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task NumbersAndBooleans_AreTaken_ForNumberMoneyYearAndBoolFields_WithTheSameChecksAsStrings()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var p = await PersonAsync(App, new DateOnly(1975, 1, 1));
        await EnrolAsync(App, p, 2010, 300, Enumerable.Range(2010, ThisYear - 2010).ToList());
        var typed = await CaseApi.PostAsync(clerk, "A1-06", p.IdNumber, p.Name,
            new Dictionary<string, object> { ["contributionYear"] = ThisYear, ["contributionGrade"] = 300, ["amount"] = 300.00m, ["contributionType"] = "10" });
        var body = await typed.Content.ReadAsStringAsync();
        Assert.True(typed.StatusCode == HttpStatusCode.Created, body);
        var created = JsonDocument.Parse(body).RootElement.GetProperty("case");
        var form = created.GetProperty("form").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal("300", form["contributionGrade"]);
        Assert.Equal($"{ThisYear}", form["contributionYear"]);
        Assert.All(created.GetProperty("checks").EnumerateArray(), c => Assert.True(c.GetProperty("passed").GetBoolean(), c.GetRawText()));

        var grant = await CaseApi.PostAsync(clerk, "A1-03", p.IdNumber, p.Name, new Dictionary<string, object> { ["receivingOtherPension"] = true, ["contributionGrade"] = -5 });
        var errors = (await Json(grant)).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, grant.StatusCode);
        Assert.False(errors.TryGetProperty("form.receivingOtherPension", out _), errors.GetRawText());
        Assert.Contains("不能为负数", errors.GetProperty("form.contributionGrade")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"contributionType\": 10", "form.contributionType", "不能是数字")]
    [InlineData("\"contributionGrade\": true", "form.contributionGrade", "应为数字")]
    [InlineData("\"contributionType\": false", "form.contributionType", "不能是true或false")]
    [InlineData("\"contributionGrade\": { \"yuan\": 300 }", "form.contributionGrade", "应为数字")]
    [InlineData("\"contributionType\": [\"10\"]", "form.contributionType", "应为带引号的文字")]
    public async Task AValueOfTheWrongKind_IsAFieldError(string pair, string field, string message)
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var response = await PostRawAsync(clerk, $"{{\"itemCode\":\"A1-06\",\"idNumber\":\"341504196503150027\",\"name\":\"王秀兰\",\"form\":{{ {pair} }}}}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors");
        Assert.Contains(message, errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"itemCode\":\"A1-06\",\"idNumber\":341504196503150027}", "idNumber", "应为带引号的文字")]
    [InlineData("{\"itemCode\":\"A1-06\",\"form\":\"300\"}", "form", "应为JSON对象")]
    [InlineData("{\"itemCode\":[\"A1-06\"]}", "itemCode", "应为带引号的文字")]
    public async Task AnUnreadableBody_NamesTheFieldPath(string json, string field, string message)
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var response = await PostRawAsync(clerk, json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json(response);
        Assert.Contains($"“{field}”", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.DoesNotContain("341504196503150027", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionVersionOfTheWrongType_NamesVersion_AndBrokenJsonSaysWhere()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var action = await clerk.PostAsync($"/api/v1/cases/{Guid.NewGuid()}/submit", new StringContent("{\"version\":\"one\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, action.StatusCode);
        Assert.Equal("应为数字", (await Json(action)).GetProperty("errors").GetProperty("version")[0].GetString());

        var broken = await PostRawAsync(clerk, "{\"itemCode\":\"A1-06\",,}");
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("JSON语法错误", (await Json(broken)).GetProperty("title").GetString(), StringComparison.Ordinal);

        var query = await clerk.GetAsync("/api/v1/cases?page=abc");
        Assert.Equal(HttpStatusCode.BadRequest, query.StatusCode);
        Assert.True((await Json(query)).GetProperty("errors").TryGetProperty("page", out _));
    }
}
