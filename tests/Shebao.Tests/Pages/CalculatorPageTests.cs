using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;
using UglyToad.PdfPig;

namespace Shebao.Tests.Pages;

[Trait("Category", "Db")]
public sealed class CalculatorPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }

    [Fact]
    public async Task ResidentPage_IsPublic_AndShowsTheResult()
    {
        var client = App.Client();
        var html = await (await TestApp.PostFormAsync(client, "/Calculators/Resident", new()
        {
            ["BirthDate"] = "1976-04-02", ["YearsPaid"] = "5", ["CurrentBalance"] = "3000", ["PlannedGrade"] = "300", ["PlannedYears"] = "10", ["SpecialIdentity"] = "011",
        })).Content.ReadAsStringAsync();
        Assert.Contains("id=\"monthly-total\"", html, StringComparison.Ordinal);
        Assert.Contains("基础养老金（中央确定的最低标准）", html, StringComparison.Ordinal);
        Assert.Contains("待确认", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResidentPage_BadNumber_GivesAChineseMessage()
    {
        var html = await (await TestApp.PostFormAsync(App.Client(), "/Calculators/Resident", new()
        {
            ["BirthDate"] = "1976-04-02", ["YearsPaid"] = "abc", ["CurrentBalance"] = "0", ["PlannedGrade"] = "300", ["PlannedYears"] = "10",
        })).Content.ReadAsStringAsync();
        Assert.Contains("“abc”不是有效的", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResidentPdf_IsAChineseOnePageEstimate_WithParametersAndTheNotice()
    {
        var response = await TestApp.PostFormAsync(App.Client(), "/Calculators/Resident?handler=Pdf", new()
        {
            ["BirthDate"] = "1976-04-02", ["YearsPaid"] = "5", ["CurrentBalance"] = "3000", ["PlannedGrade"] = "300", ["PlannedYears"] = "10", ["SpecialIdentity"] = "011",
        }, getUrl: "/Calculators/Resident");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        using (var document = PdfDocument.Open(pdf)) Assert.Equal(1, document.NumberOfPages);
        var text = PdfText(pdf);
        Assert.Contains("城乡居民基本养老保险待遇测算单", text, StringComparison.Ordinal);
        Assert.Contains("月养老金合计", text, StringComparison.Ordinal);
        Assert.Contains("CJB.ACCOUNT_DIVISOR", text, StringComparison.Ordinal);
        Assert.Contains("待确认", text, StringComparison.Ordinal);
        Assert.Contains("不作为待遇核定依据", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffVersion_PrefillsFromTheRegistry_AndPrintsTheMaskedPerson()
    {
        var api = await App.ApiClientAsync("shunhe.clerk");
        var found = await (await api.PostAsJsonAsync("/api/v1/persons/search", new { idNumber = "341504196503150027" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = found.GetProperty("items")[0].GetProperty("id").GetString();
        var clerk = await App.PageClientAsync("shunhe.clerk");
        var page = await clerk.GetStringAsync($"/Calculators/Resident?personId={id}");
        Assert.Contains("1965-03-15", page, StringComparison.Ordinal);
        Assert.Contains("341504********0027", page, StringComparison.Ordinal);

        var response = await TestApp.PostFormAsync(clerk, $"/Calculators/Resident?personId={id}&handler=Pdf", new()
        {
            ["PersonId"] = id!, ["YearsPaid"] = "15", ["CurrentBalance"] = "9000", ["PlannedGrade"] = "500", ["PlannedYears"] = "0",
        }, getUrl: $"/Calculators/Resident?personId={id}");
        var text = PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("王秀兰", text, StringComparison.Ordinal);
        Assert.Contains("341504********0027", text, StringComparison.Ordinal);
        Assert.DoesNotContain("341504196503150027", text, StringComparison.Ordinal);
        var printed = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Action == "estimate.print" && a.ObjectId == id));
        Assert.Equal(1, printed);

        // Another village's clerk cannot estimate for this person.
        var other = await App.PageClientAsync("wulou.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Calculators/Resident?personId={id}")).StatusCode);
        // Nor can an anonymous visitor use the registry.
        Assert.Equal(HttpStatusCode.NotFound, (await App.Client().GetAsync($"/Calculators/Resident?personId={id}")).StatusCode);
    }

    [Fact]
    public async Task EmployeePdf_ShowsTheFormulaSteps()
    {
        var response = await TestApp.PostFormAsync(App.Client(), "/Calculators/Employee?handler=Pdf", new()
        {
            ["BirthMonth"] = "1972-03", ["Group"] = "male", ["PaidYears"] = "20", ["AverageIndex"] = "1.1", ["DeemedYears"] = "2", ["AccountBalance"] = "90000",
            ["WageGrowthPercent"] = "3", ["ContinueContributing"] = "true",
        }, getUrl: "/Calculators/Employee");
        var text = PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("企业职工基本养老金测算单", text, StringComparison.Ordinal);
        Assert.Contains("基础养老金", text, StringComparison.Ordinal);
        Assert.Contains("过渡性养老金", text, StringComparison.Ordinal);
        Assert.Contains("EMP.JIFA_BASE", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetirementPage_ShowsTheStatutoryMonth()
    {
        var html = await (await TestApp.PostFormAsync(App.Client(), "/Calculators/RetirementAge", new() { ["BirthMonth"] = "1976-12", ["Group"] = "male" })).Content.ReadAsStringAsync();
        Assert.Contains("<strong>2039-12</strong>", html, StringComparison.Ordinal);
    }
}
