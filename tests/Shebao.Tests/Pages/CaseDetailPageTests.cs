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
}
