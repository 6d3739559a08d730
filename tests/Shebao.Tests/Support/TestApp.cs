using Shebao.Core.Platform.Security;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shebao.Core.Modules.Identity.Demo;
using Shebao.Web.Hosting;

namespace Shebao.Tests.Support;

/// <summary>The real application on Kestrel on a free loopback port, on a fresh test database, in demo mode.</summary>
public sealed partial class TestApp : IAsyncDisposable
{
    private readonly TestDatabase database;

    private TestApp(WebApplication app, TestDatabase database, Uri baseAddress)
    {
        App = app;
        this.database = database;
        BaseAddress = baseAddress;
    }

    public WebApplication App { get; }
    public Uri BaseAddress { get; }
    public IServiceProvider Services => App.Services;
    public string Provider => database.Provider;

    public static async Task<TestApp> StartAsync(int demoPersons = 150, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var database = await TestDatabase.CreateAsync();
        var app = ShebaoApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(database.Settings().Concat(
            [
                new("Shebao:Mode", "Demo"),
                new("Shebao:DemoPersons", demoPersons.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Urls", "http://127.0.0.1:0"),
            ]));
            // A second source, so a test's settings override the defaults above.
            builder.Configuration.AddInMemoryCollection(settings ?? []);
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestApp(app, database, new Uri(address));
    }

    /// <summary>A plain client; redirects are not followed so tests can see them.</summary>
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer(), UseCookies = true }) { BaseAddress = BaseAddress };

    public async Task<HttpClient> ApiClientAsync(string userName, string password = DemoAccounts.Password)
    {
        var client = Client();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Signs in through the login page, like a browser; the returned client carries the cookie.</summary>
    public async Task<HttpClient> PageClientAsync(string userName, string password = DemoAccounts.Password)
    {
        var client = Client();
        var response = await PostFormAsync(client, "/Account/Login", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Login of {userName} failed: {response.StatusCode}");
        return client;
    }

    /// <summary>GETs the page for its antiforgery token, then posts the form to it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? getUrl = null)
    {
        var page = await client.GetStringAsync(getUrl ?? url);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success) throw new InvalidOperationException($"No antiforgery token on {getUrl ?? url}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work, ICurrentUser? user = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
        accessor.HttpContext = TestUsers.Context(user ?? FixedCurrentUser.System);
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await database.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
