using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Api;

[Trait("Category", "Db")]
public sealed partial class PersonsApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string ShunheWang = "341504196503150027";   // 顺河社区 (demo)
    private const string WulouZhang = "34052419800101001X";   // 五楼村 (demo)
    private TestApp App => fixture.App;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<string> IdOfAsync(HttpClient client, string idNumber)
    {
        var found = await JsonAsync(await client.PostAsJsonAsync("/api/v1/persons/search", new { idNumber }));
        return found.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task VillageClerk_FindsTheirPerson_ByExactIdNumber_Masked()
    {
        var client = await App.ApiClientAsync("shunhe.clerk");
        var response = await client.PostAsJsonAsync("/api/v1/persons/search", new { idNumber = "34150419650315002" + "7" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(1, body.GetProperty("total").GetInt32());
        var item = body.GetProperty("items")[0];
        Assert.Equal("341504********0027", item.GetProperty("idNumberMasked").GetString());
        Assert.Equal("王*兰", item.GetProperty("nameMasked").GetString());
        Assert.DoesNotContain(ShunheWang, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VillageClerk_GetsNotFound_ForAPersonOfAnotherVillage()
    {
        var other = await IdOfAsync(await App.ApiClientAsync("wulou.clerk"), WulouZhang);
        var client = await App.ApiClientAsync("shunhe.clerk");

        var get = await client.GetAsync($"/api/v1/persons/{other}");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal("application/problem+json", get.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("张", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var reveal = await client.PostAsJsonAsync($"/api/v1/persons/{other}/reveal", new { reason = "核对信息" });
        Assert.Equal(HttpStatusCode.NotFound, reveal.StatusCode);

        var search = await JsonAsync(await client.PostAsJsonAsync("/api/v1/persons/search", new { idNumber = WulouZhang }));
        Assert.Equal(0, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task TownshipClerk_SeesTheirVillages_ButNotAnotherTownship()
    {
        var shihe = await App.ApiClientAsync("shihe.clerk");
        var wang = await IdOfAsync(await App.ApiClientAsync("shunhe.clerk"), ShunheWang);
        Assert.Equal(HttpStatusCode.OK, (await shihe.GetAsync($"/api/v1/persons/{wang}")).StatusCode);
        var zhang = await IdOfAsync(await App.ApiClientAsync("wulou.clerk"), WulouZhang);
        Assert.Equal(HttpStatusCode.NotFound, (await shihe.GetAsync($"/api/v1/persons/{zhang}")).StatusCode);
    }

    [Fact]
    public async Task EveryPersonResponse_IsMasked()
    {
        var client = await App.ApiClientAsync("shihe.clerk");
        var list = await client.PostAsJsonAsync("/api/v1/persons/search", new { name = "", idNumber = (string?)null, pageSize = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, list.StatusCode);

        foreach (var surname in new[] { "王", "李", "张", "刘", "陈" })
        {
            var page = await JsonAsync(await client.PostAsJsonAsync("/api/v1/persons/search", new { name = surname, pageSize = 50 }));
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                Assert.Matches(IdMask(), item.GetProperty("idNumberMasked").GetString()!);
                var detail = await JsonAsync(await client.GetAsync($"/api/v1/persons/{item.GetProperty("id").GetString()}"));
                Assert.Matches(IdMask(), detail.GetProperty("idNumberMasked").GetString()!);
                if (detail.GetProperty("phoneMasked").GetString() is { } phone) Assert.Matches(PhoneMask(), phone);
                if (detail.GetProperty("bankAccountMasked").GetString() is { } bank) Assert.Matches(BankMask(), bank);
                Assert.DoesNotMatch(FullId(), detail.GetRawText());
            }
        }
    }

    [Fact]
    public async Task InvalidIdNumber_IsAFieldError_InChinese()
    {
        var client = await App.ApiClientAsync("shunhe.clerk");
        var response = await client.PostAsJsonAsync("/api/v1/persons/search", new { idNumber = "341504196503150028" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await JsonAsync(response);
        Assert.Equal("公民身份号码校验位不正确，请核对后重新输入", body.GetProperty("errors").GetProperty("idNumber")[0].GetString());
    }

    [Fact]
    public async Task Reveal_NeedsAReason_ThenReturnsTheFullValues_AndIsAudited()
    {
        var client = await App.ApiClientAsync("shunhe.clerk");
        var id = await IdOfAsync(client, ShunheWang);

        var noReason = await client.PostAsJsonAsync($"/api/v1/persons/{id}/reveal", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);

        var response = await client.PostAsJsonAsync($"/api/v1/persons/{id}/reveal", new { reason = "核对参保登记表" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await JsonAsync(response);
        Assert.Equal(ShunheWang, body.GetProperty("idNumber").GetString());
        Assert.Equal("13805641234", body.GetProperty("phone").GetString());

        var audit = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries
            .Where(a => a.Action == "person.reveal" && a.ObjectId == id && a.Result == "success").ToListAsync());
        var row = Assert.Single(audit);
        Assert.Equal("shunhe.clerk", row.UserName);
        Assert.Equal("核对参保登记表", row.Reason);
        Assert.Equal("idNumber,phone,bankAccount", row.Fields);
        Assert.DoesNotContain("0027", row.Hash + row.Fields + row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_MayNotReadPersons()
    {
        var admin = await App.ApiClientAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/persons/search", new { idNumber = ShunheWang });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task WithoutToken_IsUnauthorised_AndTheCookieDoesNotCount()
    {
        var anonymous = App.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/persons/search", new { idNumber = ShunheWang })).StatusCode);
        var cookieOnly = await App.PageClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.Unauthorized, (await cookieOnly.PostAsJsonAsync("/api/v1/persons/search", new { idNumber = ShunheWang })).StatusCode);
    }

    [GeneratedRegex(@"^\d{6}\*{8}[\dX]{4}$")]
    private static partial Regex IdMask();

    [GeneratedRegex(@"^\d{3}\*{4}\d{4}$")]
    private static partial Regex PhoneMask();

    [GeneratedRegex(@"^\d{6}\*+\d{4}$")]
    private static partial Regex BankMask();

    [GeneratedRegex(@"\d{17}[\dX]")]
    private static partial Regex FullId();
}
