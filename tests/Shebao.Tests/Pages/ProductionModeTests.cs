using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Identity;
using Shebao.Core.Modules.Identity.Demo;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Seeding;
using Shebao.Tests.Support;

namespace Shebao.Tests.Pages;

[Trait("Category", "Db")]
public sealed class ProductionModeTests : IAsyncLifetime
{
    private TestApp app = null!;

    public async Task InitializeAsync() => app = await TestApp.StartAsync(settings:
    [
        new("Shebao:Mode", "Production"),
        new("Security:SecureCookies", "false"), // plain http on loopback in this test only
        new("Crypto:Keys:k1", "AAECAwQFBgcICQoLDA0ODw=="),
        new("Crypto:ActiveKeyId", "k1"),
        new("Crypto:IndexKey", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="),
    ]);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Production_SeedsOnlyTheOfficialTree_AndNoAccounts()
    {
        var (users, persons, demoVillages, units) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return (await db.Users.CountAsync(), await db.Persons.CountAsync(), await db.OrgUnits.CountAsync(o => o.IsDemo), await db.OrgUnits.CountAsync());
        });
        Assert.Equal(0, users);
        Assert.Equal(0, persons);
        Assert.Equal(0, demoVillages);
        Assert.True(units > 40);
        var login = await app.Client().GetStringAsync("/Account/Login");
        Assert.DoesNotContain("演示", login, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Password, login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstAdministrator_GetsAOneTimePassword_ToChangeAtFirstLogin()
    {
        var result = await app.InScopeAsync(sp => sp.GetRequiredService<Seeder>().CreateAdminAsync("zhangsan", "张三"));
        Assert.True(result.IsSuccess);
        var again = await app.InScopeAsync(sp => sp.GetRequiredService<Seeder>().CreateAdminAsync("zhangsan", "张三"));
        Assert.Equal(Shebao.Core.Platform.Results.ResultKind.Conflict, again.Kind);

        var client = await app.PageClientAsync("zhangsan", result.Value!);
        var home = await client.GetAsync("/");
        Assert.Equal("/Account/ChangePassword", home.Headers.Location!.OriginalString);

        var changed = await TestApp.PostFormAsync(client, "/Account/ChangePassword", new()
        {
            ["CurrentPassword"] = result.Value!, ["NewPassword"] = "Huai#He-2026-river", ["ConfirmPassword"] = "Huai#He-2026-river",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Users")).StatusCode);
        var user = await app.InScopeAsync(async sp => await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("zhangsan"));
        Assert.False(user!.MustChangePassword);
    }
}
