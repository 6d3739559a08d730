using System.Net.Http.Json;
using Shebao.Tests.Support;

namespace Shebao.Tests.Pages;

[Trait("Category", "Db")]
public sealed class CaseDetailPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string UploadForm = "?handler=Upload";
    private TestApp App => fixture.App;

    private async Task<string> PageAsync(string userName, string id) =>
        await (await App.PageClientAsync(userName)).GetStringAsync($"/Cases/Detail/{id}");

    [Fact]
    public async Task UploadForm_ShowsOnlyForTheAcceptingClerk_WhileTheWorkflowOpensFiles()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var id = await CaseApi.AcceptAsync(clerk, "A1-04", "341504196503150027", "王秀兰",
            new Dictionary<string, string> { ["changeItem"] = "address", ["newAddress"] = "顺河社区第9组", ["reason"] = "搬家" }, "ID_CARD", "APPLICATION_FORM");
        Assert.Contains(UploadForm, await PageAsync("shunhe.clerk", id), StringComparison.Ordinal);
        Assert.DoesNotContain(UploadForm, await PageAsync("jb.review", id), StringComparison.Ordinal);

        (await clerk.PostAsJsonAsync($"/api/v1/cases/{id}/submit", new { version = 1 })).EnsureSuccessStatusCode();
        Assert.DoesNotContain(UploadForm, await PageAsync("shunhe.clerk", id), StringComparison.Ordinal);

        var reviewer = await App.ApiClientAsync("jb.review");
        (await reviewer.PostAsJsonAsync($"/api/v1/cases/{id}/return", new { version = 2, reason = "登记表未签字", missingMaterials = new[] { "APPLICATION_FORM" } })).EnsureSuccessStatusCode();
        Assert.Contains(UploadForm, await PageAsync("shunhe.clerk", id), StringComparison.Ordinal);
        Assert.DoesNotContain(UploadForm, await PageAsync("jb.review", id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectionForm_OnlyForTheAcceptingClerk_SavesTheChange_AndKeepsAnIdentifierLeftEmpty()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var id = await CaseApi.AcceptAsync(clerk, "A1-04", "341504195807120041", "李桂英",
            new Dictionary<string, string> { ["changeItem"] = "phone", ["newPhone"] = "13800138000", ["reason"] = "搬家" });
        try
        {
            var html = await PageAsync("shunhe.clerk", id);
            Assert.Contains("?handler=Form", html, StringComparison.Ordinal);
            Assert.DoesNotContain("13800138000", html, StringComparison.Ordinal);
            Assert.DoesNotContain("?handler=Form", await PageAsync("jb.review", id), StringComparison.Ordinal);

            var page = await App.PageClientAsync("shunhe.clerk");
            var posted = await TestApp.PostFormAsync(page, $"/Cases/Detail/{id}?handler=Form", new()
            {
                ["version"] = "1", ["form[changeItem]"] = "phone", ["form[newPhone]"] = "", ["form[reason]"] = "换了新号码",
            }, $"/Cases/Detail/{id}");
            Assert.Equal(System.Net.HttpStatusCode.Redirect, posted.StatusCode);
            var after = await clerk.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/cases/{id}");
            var form = after.GetProperty("form").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetString());
            Assert.Equal("换了新号码", form["reason"]);
            Assert.Equal("138****8000", form["newPhone"]);

            var stale = await TestApp.PostFormAsync(page, $"/Cases/Detail/{id}?handler=Form", new() { ["version"] = "1", ["form[reason]"] = "又改" }, $"/Cases/Detail/{id}");
            Assert.Contains("办件已被他人更新", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            var c = await clerk.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/cases/{id}");
            await clerk.PostAsJsonAsync($"/api/v1/cases/{id}/withdraw", new { version = c.GetProperty("version").GetInt32() });
        }
    }
}
