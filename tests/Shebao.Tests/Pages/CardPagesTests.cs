using System.Net;
using Shebao.Core.Modules.Cards;
using Shebao.Tests.Support;

namespace Shebao.Tests.Pages;

[Trait("Category", "Db")]
public sealed class CardPagesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [Fact]
    public async Task Search_ByIdNumber_OpensTheCounterScreen_WithoutTheNumberInTheUrl()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Normal, pin: "580731");
        var clerk = await App.PageClientAsync("shunhe.clerk");
        var first = await clerk.GetStringAsync("/Cards");
        Assert.Contains("autofocus", first, StringComparison.Ordinal);
        var response = await TestApp.PostFormAsync(clerk, "/Cards", new() { ["Query"] = card.IdNumber });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Cards/Card/{card.CardId}", response.Headers.Location!.OriginalString);
        var screen = await clerk.GetStringAsync(response.Headers.Location.OriginalString);
        Assert.Contains(card.CardNumber!, screen, StringComparison.Ordinal);
        Assert.Contains("accesskey=\"3\"", screen, StringComparison.Ordinal);
        Assert.DoesNotContain(card.IdNumber, screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeakPin_IsRefusedOnThePage_AndNeverEchoed()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Unactivated);
        var clerk = await App.PageClientAsync("shunhe.clerk");
        var url = $"/Cards/Card/{card.CardId}";
        var refused = await TestApp.PostFormAsync(clerk, url + "?handler=Activate", new() { ["newPin"] = "444444", ["key"] = Guid.NewGuid().ToString() }, url);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("同一数字", html, StringComparison.Ordinal);
        Assert.DoesNotContain("444444", html, StringComparison.Ordinal);

        var done = await TestApp.PostFormAsync(clerk, url + "?handler=Activate", new() { ["newPin"] = "739251", ["key"] = Guid.NewGuid().ToString() }, url);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await clerk.GetStringAsync(url);
        Assert.Contains("data-status=\"normal\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("739251", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CounterScreen_OfAnotherArea_Is404()
    {
        var other = await CardData.CardAsync(App, CardStatuses.Normal, pin: "580731", village: "341504002200");
        var clerk = await App.PageClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/Cards/Card/{other.CardId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/Cards/Card/{other.CardId}?handler=Pdf")).StatusCode);
        var post = await TestApp.PostFormAsync(clerk, $"/Cards/Card/{other.CardId}?handler=Loss", new() { ["kind"] = "formal" }, "/Cards");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(CardStatuses.Normal, (await CardData.LoadAsync(App, other.CardId)).Status);
    }

    [Fact]
    public async Task Bureau_IsForTheInformationCentre()
    {
        var clerk = await App.PageClientAsync("shunhe.clerk");
        var export = await TestApp.PostFormAsync(clerk, "/Cards/Bureau?handler=Export", new(), "/Cards/Bureau");
        Assert.NotEqual(HttpStatusCode.OK, export.StatusCode);
        var auditor = await App.PageClientAsync("auditor");
        Assert.NotEqual(HttpStatusCode.OK, (await auditor.GetAsync("/Cards")).StatusCode);
    }
}
