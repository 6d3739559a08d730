using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shebao.Tests.Support;

namespace Shebao.Tests.Api;

[Trait("Category", "Db")]
public sealed class CalculatorsApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private HttpClient Anonymous => fixture.App.Client();

    [Fact]
    public async Task RetirementAge_IsPublic_AndFollowsTheContract()
    {
        var response = await Anonymous.PostAsJsonAsync("/api/v1/calculators/retirement-age", new { birthMonth = "1965-05", group = "male" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(60, body.GetProperty("originalAgeYears").GetInt32());
        Assert.Equal(2, body.GetProperty("delayMonths").GetInt32());
        Assert.Equal("2025-07", body.GetProperty("retirementMonth").GetString());
        Assert.Equal(180, body.GetProperty("minimumContributionMonths").GetInt32());
        Assert.Contains(body.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("code").GetString() == "EMP.RETIRE_REFORM");
    }

    [Theory]
    [InlineData("{\"birthMonth\":\"2099-01\",\"group\":\"male\"}", "birthMonth")]
    [InlineData("{\"birthMonth\":\"1965-13\",\"group\":\"male\"}", "birthMonth")]
    [InlineData("{\"birthMonth\":\"1965-05\",\"group\":\"female\"}", "group")]
    public async Task RetirementAge_ImpossibleInput_IsAFieldError(string json, string field)
    {
        var response = await Anonymous.PostAsync("/api/v1/calculators/retirement-age", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task ResidentPension_ReturnsTheTotalsAndAMatchingBreakdown()
    {
        var response = await Anonymous.PostAsJsonAsync("/api/v1/calculators/resident-pension",
            new { birthDate = "1975-03-10", yearsPaid = 10, currentBalance = 6000, plannedGrade = 500, plannedYears = 9, specialIdentity = "011" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var total = body.GetProperty("monthlyTotal").GetDecimal();
        Assert.Equal(total, body.GetProperty("basicPension").GetDecimal() + body.GetProperty("accountPension").GetDecimal());
        var parts = body.GetProperty("breakdown").GetProperty("balanceParts").EnumerateArray().Sum(p => p.GetProperty("amount").GetDecimal());
        Assert.Equal(body.GetProperty("accountBalanceAt60").GetDecimal(), parts);
        Assert.Matches(@"^\d+\.\d\d$", body.GetProperty("monthlyTotal").GetRawText());
    }

    [Fact]
    public async Task ResidentPension_ImpossibleInputs_AreFieldErrorsInChinese()
    {
        var response = await Anonymous.PostAsJsonAsync("/api/v1/calculators/resident-pension",
            new { birthDate = "2090-01-01", yearsPaid = -1, currentBalance = -5, plannedGrade = 550, plannedYears = 9 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("出生日期不能晚于今天", errors.GetProperty("birthDate")[0].GetString());
        Assert.Contains("0到45", errors.GetProperty("yearsPaid")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("currentBalance", out _));
        Assert.Contains("缴费档次只能是", errors.GetProperty("plannedGrade")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmployeePension_ShowsEachStep_AndRejectsAnIndexOutsideTheBand()
    {
        var ok = await Anonymous.PostAsJsonAsync("/api/v1/calculators/employee-pension",
            new { birthMonth = "1970-06", group = "male", paidYears = 25, averageIndex = 1.2, deemedYears = 3, accountBalance = 120000 });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(body.GetProperty("monthlyTotal").GetDecimal(),
            body.GetProperty("basicPension").GetDecimal() + body.GetProperty("accountPension").GetDecimal() + body.GetProperty("transitionalPension").GetDecimal());
        Assert.Contains(body.GetProperty("breakdown").GetProperty("steps").EnumerateArray(), s => s.GetProperty("formula").GetString()!.Contains("× 1%", StringComparison.Ordinal));

        var bad = await Anonymous.PostAsJsonAsync("/api/v1/calculators/employee-pension",
            new { birthMonth = "1970-06", group = "male", paidYears = 25, averageIndex = 3.5, accountBalance = 0, retirementMonth = "2045-01" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("0.6到3", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var window = await Anonymous.PostAsJsonAsync("/api/v1/calculators/employee-pension",
            new { birthMonth = "1970-06", group = "male", paidYears = 25, averageIndex = 1.0, accountBalance = 0, retirementMonth = "2045-01" });
        Assert.Contains("弹性退休范围", await window.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
