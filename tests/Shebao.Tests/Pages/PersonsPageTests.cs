using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shebao.Tests.Support;

namespace Shebao.Tests.Pages;

[Trait("Category", "Db")]
public sealed class PersonsPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private async Task<string> PersonIdAsync(string clerk, string idNumber)
    {
        var api = await App.ApiClientAsync(clerk);
        var found = await (await api.PostAsJsonAsync("/api/v1/persons/search", new { idNumber })).Content.ReadFromJsonAsync<JsonElement>();
        return found.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Search_ByIdNumber_ShowsTheMaskedPerson_AndKeepsTheNumberOutOfTheUrl()
    {
        var client = await App.PageClientAsync("shunhe.clerk");
        var response = await TestApp.PostFormAsync(client, "/Persons", new() { ["IdNumber"] = "341504196503150027" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("341504********0027", html, StringComparison.Ordinal);
        Assert.Contains("王*兰", html, StringComparison.Ordinal);
        Assert.DoesNotContain("341504196503150027\"", html.Replace("value=\"341504196503150027\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("/Persons", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("", response.RequestMessage.RequestUri.Query);
    }

    [Fact]
    public async Task Search_WithABadNumber_ShowsTheReason()
    {
        var client = await App.PageClientAsync("shunhe.clerk");
        var html = await (await TestApp.PostFormAsync(client, "/Persons", new() { ["IdNumber"] = "34150419650315002" })).Content.ReadAsStringAsync();
        Assert.Contains("公民身份号码应为18位，当前为17位", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_OfAnotherVillage_IsNotFound()
    {
        var other = await PersonIdAsync("wulou.clerk", "34052419800101001X");
        var client = await App.PageClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Persons/Detail/{other}")).StatusCode);
    }

    [Fact]
    public async Task Detail_Reveal_ShowsTheFullNumber_OnlyAfterAReason()
    {
        var id = await PersonIdAsync("shunhe.clerk", "341504196503150027");
        var client = await App.PageClientAsync("shunhe.clerk");
        var detail = await client.GetAsync($"/Persons/Detail/{id}");
        var html = await detail.Content.ReadAsStringAsync();
        Assert.Contains("341504********0027", html, StringComparison.Ordinal);
        Assert.DoesNotContain("341504196503150027", html, StringComparison.Ordinal);
        Assert.Equal("no-store", detail.Headers.CacheControl?.ToString());

        var noReason = await (await TestApp.PostFormAsync(client, $"/Persons/Detail/{id}", new() { ["Reason"] = "" })).Content.ReadAsStringAsync();
        Assert.Contains("请填写查看完整信息的事由", noReason, StringComparison.Ordinal);
        Assert.DoesNotContain("341504196503150027", noReason, StringComparison.Ordinal);

        var revealed = await (await TestApp.PostFormAsync(client, $"/Persons/Detail/{id}", new() { ["Reason"] = "核对身份" })).Content.ReadAsStringAsync();
        Assert.Contains("341504196503150027", revealed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousUser_IsSentToLogin()
    {
        var response = await App.Client().GetAsync("/Persons");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auditor_CannotOpenPersonPages_ButSeesTheTrail()
    {
        var auditor = await App.PageClientAsync("auditor");
        var persons = await auditor.GetAsync("/Persons");
        Assert.Equal(HttpStatusCode.Redirect, persons.StatusCode);
        Assert.StartsWith("/Account/Denied", persons.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var trail = await auditor.GetStringAsync("/Audit?Action=auth.login");
        Assert.Contains("auth.login", trail, StringComparison.Ordinal);
    }
}
