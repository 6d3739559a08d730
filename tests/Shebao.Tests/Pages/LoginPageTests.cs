using System.Net;
using Shebao.Tests.Support;

namespace Shebao.Tests.Pages;

[Trait("Category", "Db")]
public sealed class LoginPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [Fact]
    public async Task DemoMode_ShowsTheBannerAndTheDemoLogins()
    {
        var html = await App.Client().GetStringAsync("/Account/Login");
        Assert.Contains("演示环境", html, StringComparison.Ordinal);
        Assert.Contains("Yeji@2026", html, StringComparison.Ordinal);
        Assert.Contains("shihe.clerk", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPassword_StaysOnTheLoginPage_WithOneGenericMessage()
    {
        var client = App.Client();
        var response = await TestApp.PostFormAsync(client, "/Account/Login", new() { ["UserName"] = "yuyuan.clerk", ["Password"] = "Nope#12345" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误，或账号已被锁定", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_ShowsTheUsersPlaceInTheDistrict()
    {
        var client = await App.PageClientAsync("shunhe.clerk");
        var home = await client.GetStringAsync("/");
        Assert.Contains("叶集区", home, StringComparison.Ordinal);
        Assert.Contains("史河街道", home, StringComparison.Ordinal);
        Assert.Contains("顺河社区居委会", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_FromTheHeader_EndsTheSession()
    {
        var client = await App.PageClientAsync("heping.clerk");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        // The header form's own token, as a browser would send it.
        var response = await TestApp.PostFormAsync(client, "/Account/Logout", new(), getUrl: "/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.OriginalString);
        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_IsAvailable()
    {
        var client = App.Client();
        var response = await TestApp.PostFormAsync(client, "/Language", new() { ["culture"] = "en-US", ["returnUrl"] = "/Account/Login" }, getUrl: "/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetStringAsync("/Account/Login");
        Assert.Contains("Sign in", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_IsPublic_AndListsEveryDepartment()
    {
        var html = await App.Client().GetStringAsync("/Guide");
        foreach (var centre in new[] { "征缴中心", "养老中心", "居保中心", "工伤中心", "信息中心", "就业中心" })
            Assert.Contains(centre, html, StringComparison.Ordinal);
        var item = await App.Client().GetStringAsync("/Guide/Item/A1-10");
        Assert.Contains("20个工作日", item, StringComparison.Ordinal);
        Assert.Contains("居民身份证", item, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Client().GetAsync("/Guide/Item/A9-99")).StatusCode);
    }

    [Fact]
    public async Task NewAccount_MustChangeItsOneTimePassword()
    {
        var admin = await App.PageClientAsync("admin");
        var created = await (await TestApp.PostFormAsync(admin, "/Admin/Users", new()
        {
            ["UserName"] = "yuyuan.clerk2", ["DisplayName"] = "裕园村新经办员", ["Role"] = "village-clerk", ["OrgUnitCode"] = "341504104239",
        })).Content.ReadAsStringAsync();
        var password = System.Text.RegularExpressions.Regex.Match(created, "id=\"temp-password\">([^<]+)<").Groups[1].Value;
        Assert.NotEmpty(password);

        var clerk = await App.PageClientAsync("yuyuan.clerk2", System.Net.WebUtility.HtmlDecode(password));
        var home = await clerk.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Account/ChangePassword", home.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task VillageClerk_OnATownship_IsRefusedByTheAdminPage()
    {
        var admin = await App.PageClientAsync("admin");
        var html = await (await TestApp.PostFormAsync(admin, "/Admin/Users", new()
        {
            ["UserName"] = "wrong.place", ["DisplayName"] = "错位", ["Role"] = "village-clerk", ["OrgUnitCode"] = "341504001",
        })).Content.ReadAsStringAsync();
        Assert.Contains("村（社区）经办员必须属于村（社区）", html, StringComparison.Ordinal);
    }
}

[Trait("Category", "Db")]
public sealed class OrgImportPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Admin_UploadsACsv_AndBadLinesAreListed()
    {
        var admin = await fixture.App.PageClientAsync("admin");
        var page = await admin.GetStringAsync("/Org/Import");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(System.Net.WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent("code,name,kind,parentCode\n341504103210,页面导入村,village,341504103\n341504103211,,village,341504103\n"u8.ToArray()), "Upload", "villages.csv" },
        };
        var html = await (await admin.PostAsync("/Org/Import", form)).Content.ReadAsStringAsync();
        Assert.Contains("未导入", html, StringComparison.Ordinal);
        Assert.Contains("<td>3</td>", html, StringComparison.Ordinal);
        var org = await admin.GetStringAsync("/Org");
        Assert.DoesNotContain("页面导入村", org, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clerk_CannotOpenTheImportPage()
    {
        var clerk = await fixture.App.PageClientAsync("shihe.clerk");
        var response = await clerk.GetAsync("/Org/Import");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
