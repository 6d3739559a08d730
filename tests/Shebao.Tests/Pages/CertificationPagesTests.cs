using System.Net.Http.Json;
using System.Net;
using System.Text;
using Shebao.Core.Modules.Certification;
using Shebao.Tests.Support;

namespace Shebao.Tests.Pages;

[Trait("Category", "Db")]
public sealed class CertificationPagesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [Fact]
    public async Task StartFromTheDueList_OpensAPrefilledCase_AndTheSameCaseTheSecondTime()
    {
        var shunhe = await App.PageClientAsync("shunhe.clerk");
        var html = await shunhe.GetStringAsync("/Certifications?bucket=overdue");
        var row = System.Text.RegularExpressions.Regex.Match(html, "name=\"beneficiary\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        Dictionary<string, string> Fields() => new() { ["beneficiary"] = row, ["idempotencyKey"] = Guid.NewGuid().ToString() };
        var posted = await TestApp.PostFormAsync(shunhe, "/Certifications?handler=Start&bucket=overdue", Fields(), "/Certifications?bucket=overdue");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.ToString();
        Assert.StartsWith("/Cases/Detail/", location, StringComparison.Ordinal);
        var detail = await shunhe.GetStringAsync(location);
        Assert.Contains("上门认证", detail, StringComparison.Ordinal);
        Assert.Contains("家中（上门）", detail, StringComparison.Ordinal);
        Assert.Contains("?handler=Form", detail, StringComparison.Ordinal);

        var again = await TestApp.PostFormAsync(shunhe, "/Certifications?handler=Start&bucket=overdue", Fields(), "/Certifications?bucket=overdue");
        Assert.Equal(location, again.Headers.Location!.ToString());
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var id = location["/Cases/Detail/".Length..];
        var c = await clerk.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/cases/{id}");
        await clerk.PostAsJsonAsync($"/api/v1/cases/{id}/withdraw", new { version = c.GetProperty("version").GetInt32() });
    }

    [Fact]
    public async Task DueListPage_IsScopedToTheClerksVillage_AndExportsExcel()
    {
        var shunhe = await App.PageClientAsync("shunhe.clerk");
        var html = await shunhe.GetStringAsync("/Certifications?bucket=overdue");
        Assert.Contains("何国庆", html, StringComparison.Ordinal);
        Assert.Contains("handler=Start", html, StringComparison.Ordinal); // 办理认证 opens the row's case; the clerk never types the ID number
        Assert.DoesNotContain("id=\"orgUnitCode\"", html, StringComparison.Ordinal);   // a village clerk has nothing to choose

        var wulou = await App.PageClientAsync("wulou.clerk");
        Assert.DoesNotContain("何国庆", await wulou.GetStringAsync("/Certifications"), StringComparison.Ordinal);
        Assert.Contains("未找到", await wulou.GetStringAsync("/Certifications?orgUnitCode=341504001003"), StringComparison.Ordinal);

        var excel = await shunhe.GetAsync("/Certifications?handler=Excel&bucket=overdue");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ImportPage_ShowsTheLineNumberedReport()
    {
        var yl = await App.PageClientAsync("yl.review");
        var getPage = await yl.GetStringAsync("/Certifications/Import");
        var token = System.Text.RegularExpressions.Regex.Match(getPage, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(ImportBeneficiariesHandler.Header + "\n34150419580916091X,何国庆,企业职工\n")), "Upload", "list.csv" },
        };
        var html = await (await yl.PostAsync("/Certifications/Import?handler=List", form)).Content.ReadAsStringAsync();
        Assert.Contains("整份文件未导入", html, StringComparison.Ordinal);
        Assert.Contains("<td>2</td>", html, StringComparison.Ordinal);
        Assert.Contains("应有12列", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuspensionsPage_ListsSuggestions_ForTheCentre_NotForClerks()
    {
        var yl = await App.PageClientAsync("yl.review");
        var html = await yl.GetStringAsync("/Certifications/Suspensions?grace=0");
        Assert.Contains("id=\"suggestions\"", html, StringComparison.Ordinal);
        Assert.Contains("何国庆", html, StringComparison.Ordinal);
        var clerk = await App.PageClientAsync("shunhe.clerk");
        Assert.Contains("只有养老中心、工伤中心的审核人员可以生成暂停建议", await clerk.GetStringAsync("/Certifications/Suspensions"), StringComparison.Ordinal);
    }
}
