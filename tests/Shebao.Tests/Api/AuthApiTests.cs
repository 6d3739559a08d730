using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shebao.Tests.Support;

namespace Shebao.Tests.Api;

[Trait("Category", "Db")]
public sealed class AuthApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [Fact]
    public async Task Token_ForDemoClerk_GivesMe()
    {
        var client = await App.ApiClientAsync("shunhe.clerk");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("shunhe.clerk", me.GetProperty("username").GetString());
        Assert.Equal("341504001003", me.GetProperty("orgUnitCode").GetString());
        Assert.Equal("village-clerk", me.GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task UnknownUser_AndWrongPassword_GetTheSameAnswer()
    {
        var client = App.Client();
        var unknown = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "nobody.here", password = "Whatever#1" });
        var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "yuyuan.clerk", password = "Whatever#1" });
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var a = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        var b = await wrong.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
    }

    [Fact]
    public async Task FiveFailures_LockTheAccount_EvenAgainstTheRightPassword()
    {
        var client = App.Client();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "guanghua.clerk", password = $"Wrong#{i}pass" })).StatusCode);
        var right = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "guanghua.clerk", password = Shebao.Core.Modules.Identity.Demo.DemoAccounts.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);

        // The lockout lives in the database, not in this process's memory.
        var lockoutEnd = await App.InScopeAsync(async sp =>
        {
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Shebao.Core.Modules.Identity.AppUser>>(sp);
            return (await users.FindByNameAsync("guanghua.clerk"))!.LockoutEnd;
        });
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));
    }

    [Fact]
    public async Task DisabledAccount_LosesItsTokenAtOnce()
    {
        var clerk = await App.ApiClientAsync("gaozhuang.clerk");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/api/v1/me")).StatusCode);
        var admin = await App.PageClientAsync("admin");
        var id = await App.InScopeAsync(async sp =>
            (await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Shebao.Core.Modules.Identity.AppUser>>(sp).FindByNameAsync("gaozhuang.clerk"))!.Id);
        var saved = await TestApp.PostFormAsync(admin, $"/Admin/EditUser/{id}", new()
        {
            ["DisplayName"] = "高庄村经办员", ["Role"] = "village-clerk", ["OrgUnitCode"] = "341504200200", ["Enabled"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await clerk.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().PostAsJsonAsync("/api/v1/auth/token", new { username = "gaozhuang.clerk", password = Shebao.Core.Modules.Identity.Demo.DemoAccounts.Password })).StatusCode);
    }

    [Fact]
    public async Task Users_IsForAdministratorsOnly()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.ApiClientAsync("shunhe.clerk")).GetAsync("/api/v1/users")).StatusCode);
        var users = await (await App.ApiClientAsync("admin")).GetFromJsonAsync<JsonElement>("/api/v1/users");
        Assert.Contains(users.EnumerateArray(), u => u.GetProperty("username").GetString() == "jb.review" && u.GetProperty("orgUnitCode").GetString() == "341504-JB");
    }

    [Fact]
    public async Task OrgUnits_AreScopedToTheCaller()
    {
        var units = await (await App.ApiClientAsync("shunhe.clerk")).GetFromJsonAsync<JsonElement>("/api/v1/org-units");
        var codes = units.EnumerateArray().Select(u => u.GetProperty("code").GetString()).ToList();
        Assert.Contains("341504001003", codes);
        Assert.Contains("341504001", codes);
        Assert.DoesNotContain("341504001004", codes);
        Assert.DoesNotContain("341504002200", codes);
    }

    [Fact]
    public async Task ServiceItems_ListAll44_AndOneByCode()
    {
        var client = await App.ApiClientAsync("shunhe.clerk");
        var items = await client.GetFromJsonAsync<JsonElement>("/api/v1/service-items");
        Assert.Equal(44, items.GetArrayLength());
        var item = await client.GetFromJsonAsync<JsonElement>("/api/v1/service-items/A1-07");
        Assert.Equal("township", item.GetProperty("acceptingTiers")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/service-items/A9-99")).StatusCode);
    }

    [Fact]
    public async Task HealthAndOpenApi_ArePublic()
    {
        var client = App.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/persons/search", openApi, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/docs/")).StatusCode);
    }
}

[Trait("Category", "Db")]
public sealed class ApiErrorTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task MalformedJson_IsA400InChinese_NotA500()
    {
        var client = await fixture.App.ApiClientAsync("shunhe.clerk");
        var response = await client.PostAsync("/api/v1/persons/search", new StringContent("{\"idNumber\":", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("请求格式有误", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiPath_IsA404Problem()
    {
        var client = await fixture.App.ApiClientAsync("shunhe.clerk");
        var response = await client.GetAsync("/api/v1/persons/not-an-id");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RefusedAuthorization_IsAudited()
    {
        var clerk = await fixture.App.ApiClientAsync("heping.clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/v1/users")).StatusCode);
        var denied = await fixture.App.InScopeAsync(sp => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Shebao.Core.Platform.Data.AppDbContext>(sp).AuditEntries,
            a => a.Action == "auth.denied" && a.UserName == "heping.clerk" && a.ObjectId == "/api/v1/users"));
        Assert.Equal(1, denied);
    }
}
