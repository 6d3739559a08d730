using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shebao.Tests.Support;
using UglyToad.PdfPig;

namespace Shebao.Tests.Pages;

[Trait("Category", "Db")]
public sealed class CasePapersTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }

    // One returned case per running app, shared by the tests of this class (a person has one open case per item).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TestApp, Task<(string, string, string, HttpClient)>> Returned = new();

    private Task<(string Id, string Number, string Code, HttpClient Clerk)> ReturnedCaseAsync() =>
        Returned.GetValue(App, _ => CreateReturnedCaseAsync());

    /// <summary>An A1-04 case for 张德山 of 五楼村, returned by 居保中心 naming the application form.</summary>
    private async Task<(string Id, string Number, string Code, HttpClient Clerk)> CreateReturnedCaseAsync()
    {
        var clerk = await App.ApiClientAsync("wulou.clerk");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases")
        {
            Content = JsonContent.Create(new { itemCode = "A1-04", idNumber = "34052419800101001X", name = "张德山", form = new Dictionary<string, string> { ["changeItem"] = "address", ["newAddress"] = "五楼村第7组", ["reason"] = "迁居" } }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var created = await (await clerk.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("case").GetProperty("id").GetString()!;
        foreach (var material in new[] { "ID_CARD", "APPLICATION_FORM" })
        {
            using var form = new MultipartFormDataContent { { new StringContent(material), "materialCode" }, { new ByteArrayContent(Scans.Png()), "file", "scan.png" } };
            (await clerk.PostAsync($"/api/v1/cases/{id}/attachments", form)).EnsureSuccessStatusCode();
        }
        (await clerk.PostAsJsonAsync($"/api/v1/cases/{id}/submit", new { version = 1 })).EnsureSuccessStatusCode();
        var reviewer = await App.ApiClientAsync("jb.review");
        (await reviewer.PostAsJsonAsync($"/api/v1/cases/{id}/return", new { version = 2, reason = "登记表缺少本人签字", missingMaterials = new[] { "APPLICATION_FORM" } })).EnsureSuccessStatusCode();
        return (id, created.GetProperty("case").GetProperty("number").GetString()!, created.GetProperty("lookupCode").GetString()!, clerk);
    }

    [Fact]
    public async Task Receipt_Notice_AndProgressLookup()
    {
        var (id, number, code, clerk) = await ReturnedCaseAsync();

        var receipt = await clerk.GetAsync($"/api/v1/cases/{id}/papers/receipt");
        Assert.Equal("application/pdf", receipt.Content.Headers.ContentType?.MediaType);
        var receiptText = Text(await receipt.Content.ReadAsByteArrayAsync());
        Assert.Contains(number, receiptText, StringComparison.Ordinal);
        Assert.Contains(code, receiptText, StringComparison.Ordinal);
        Assert.Contains("受理回执", receiptText, StringComparison.Ordinal);
        var verification = App.InScopeAsync(sp => Task.FromResult(Shebao.Core.Modules.Printing.PrintCasePaperHandler.VerificationCode(
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Shebao.Core.Platform.Crypto.ICryptoProvider>(sp), "receipt", number)));
        Assert.Contains(await verification, receiptText, StringComparison.Ordinal);
        Assert.DoesNotContain("34052419800101001X", receiptText, StringComparison.Ordinal);

        var notice = Text(await (await clerk.GetAsync($"/api/v1/cases/{id}/papers/notice")).Content.ReadAsByteArrayAsync());
        Assert.Contains("一次性告知书", notice, StringComparison.Ordinal);
        Assert.Contains("城乡居民基本养老保险信息变更登记表", notice, StringComparison.Ordinal);
        Assert.Contains("登记表缺少本人签字", notice, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.GetAsync($"/api/v1/cases/{id}/papers/refusal")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiClientAsync("shunhe.clerk")).GetAsync($"/api/v1/cases/{id}/papers/receipt")).StatusCode);
        // Pages too: another village's clerk gets 404 for the case, its files and its papers.
        var outsider = await App.PageClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Cases/Detail/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Cases/Detail/{id}?handler=Paper&kind=receipt")).StatusCode);
        var attachmentId = (await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("attachments")[0].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Cases/Detail/{id}?handler=File&attachmentId={attachmentId}")).StatusCode);

        var visitor = App.Client();
        var found = await (await TestApp.PostFormAsync(visitor, "/Progress", new() { ["Number"] = number, ["Code"] = code })).Content.ReadAsStringAsync();
        Assert.Contains("退回补正", found, StringComparison.Ordinal);
        Assert.Contains("张*山", found, StringComparison.Ordinal);
        Assert.DoesNotContain("jb.review", found, StringComparison.Ordinal);
        var wrong = await (await TestApp.PostFormAsync(visitor, "/Progress", new() { ["Number"] = number, ["Code"] = "WRONG123" })).Content.ReadAsStringAsync();
        var unknown = await (await TestApp.PostFormAsync(visitor, "/Progress", new() { ["Number"] = "YJ000000JB99999", ["Code"] = code })).Content.ReadAsStringAsync();
        Assert.Contains("办件编号或进度查询码不正确", wrong, StringComparison.Ordinal);
        Assert.Contains("办件编号或进度查询码不正确", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("张*山", wrong, StringComparison.Ordinal);

        // Guessing is rate-limited per address.
        var limited = false;
        for (var i = 0; i < 12 && !limited; i++)
            limited = (await visitor.GetAsync("/Progress")).StatusCode == HttpStatusCode.TooManyRequests;
        Assert.True(limited);
    }

    [Fact]
    public async Task Township_SeesItsVillagesCounts_AndRecordsARegularCheck()
    {
        await ReturnedCaseAsync();
        var township = await App.PageClientAsync("pinggang.clerk");
        var page = await township.GetStringAsync("/Cases/Supervision");
        Assert.Contains("五楼村委会", page, StringComparison.Ordinal);
        Assert.DoesNotContain("顺河社区居委会", page, StringComparison.Ordinal);
        var row = System.Text.RegularExpressions.Regex.Match(page, "五楼村委会 <code>341504002200</code></td><td class=\"num\">(\\d+)</td><td class=\"num\">(\\d+)</td>");
        Assert.True(row.Success);
        Assert.True(int.Parse(row.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1); // returned, awaiting correction

        var saved = await TestApp.PostFormAsync(township, "/Cases/Supervision", new()
        {
            ["OrgUnitCode"] = "341504002200", ["CheckedOn"] = "2026-11-20", ["Findings"] = "退回件已告知申请人", ["FollowUp"] = "一周内补正",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("退回件已告知申请人", await township.GetStringAsync("/Cases/Supervision"), StringComparison.Ordinal);

        var outside = await (await TestApp.PostFormAsync(township, "/Cases/Supervision", new()
        {
            ["OrgUnitCode"] = "341504001003", ["CheckedOn"] = "2026-11-20", ["Findings"] = "越权",
        })).Content.ReadAsStringAsync();
        Assert.Contains("请选择本辖区的村（社区）", outside, StringComparison.Ordinal);

        var district = await (await App.PageClientAsync("admin")).GetStringAsync("/Cases/Supervision");
        Assert.Contains("平岗街道", district, StringComparison.Ordinal);
        Assert.Contains("居保中心", district, StringComparison.Ordinal);
    }
}
