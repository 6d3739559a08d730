using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Tests.Support;

namespace Shebao.Tests.Api;

/// <summary>The query mechanism itself: parameters in the body, the subject found in the caller's area, the trace.</summary>
[Trait("Category", "Db")]
public sealed class QueriesApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;
    private const string WangXiulan = "341504196503150027";

    [Fact]
    public async Task Items_List_Their_Parameters()
    {
        var api = await App.ApiClientAsync("shunhe.clerk");
        var items = await api.GetFromJsonAsync<JsonElement>("/api/v1/queries");
        var card = items.EnumerateArray().Single(i => i.GetProperty("itemCode").GetString() == "A2-26");
        Assert.Equal("idNumber", card.GetProperty("parameters")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task CardStatus_Of_A_Person_In_The_Area_Shows_The_Card_Masked()
    {
        var api = await App.ApiClientAsync("shunhe.clerk");
        var response = await api.PostAsJsonAsync("/api/v1/queries/A2-26", new { idNumber = WangXiulan });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("341504********0027", body.GetProperty("subject").GetProperty("idNumberMasked").GetString());
        Assert.Equal("正常", body.GetProperty("rows")[0].GetProperty("status").GetString());
        Assert.DoesNotContain(WangXiulan, body.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wulou.clerk")]
    [InlineData("pinggang.clerk")]
    public async Task A_Person_Outside_The_Area_Is_Not_Found(string user)
    {
        var api = await App.ApiClientAsync(user);
        var response = await api.PostAsJsonAsync("/api/v1/queries/A2-26", new { idNumber = WangXiulan });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Bad_Parameters_Get_Field_Errors_In_Chinese()
    {
        var api = await App.ApiClientAsync("shunhe.clerk");
        var response = await api.PostAsJsonAsync("/api/v1/queries/A2-26", new { idNumber = "341504196503150028", from = "2026-13" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("年月格式", errors.GetProperty("from")[0].GetString());
        var unknown = await api.PostAsJsonAsync("/api/v1/queries/A9-99", new { idNumber = WangXiulan });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Each_Query_Of_A_Person_Leaves_A_Trace()
    {
        var api = await App.ApiClientAsync("shihe.clerk");
        var before = await TraceCountAsync();
        (await api.PostAsJsonAsync("/api/v1/queries/A2-26", new { idNumber = WangXiulan })).EnsureSuccessStatusCode();
        Assert.Equal(before + 1, await TraceCountAsync());
    }

    [Fact]
    public async Task The_Print_Is_A_Registered_Proof_That_Verifies()
    {
        var api = await App.ApiClientAsync("shunhe.clerk");
        var pdf = await api.PostAsJsonAsync("/api/v1/queries/A2-26/pdf", new { idNumber = WangXiulan });
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var number = pdf.Headers.GetValues("X-Proof-Number").Single();
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("社会保障卡应用状态证明", text);
        Assert.Contains("341504********0027", text);
        Assert.Contains(number, text);
        Assert.DoesNotContain(WangXiulan, text);
        var code = System.Text.RegularExpressions.Regex.Match(text, "验证码[：:]?\\s*([23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8})").Groups[1].Value;
        Assert.Equal(8, code.Length);

        var check = await App.Client().GetFromJsonAsync<JsonElement>($"/api/v1/proofs/{number}?code={code}");
        Assert.True(check.GetProperty("valid").GetBoolean());
        Assert.Contains("王*兰（341504********0027）", check.GetProperty("summary").GetString());
        var wrong = await App.Client().GetFromJsonAsync<JsonElement>($"/api/v1/proofs/{number}?code=AAAAAAAA");
        Assert.False(wrong.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, wrong.GetProperty("summary").ValueKind);
    }

    [Fact]
    public async Task Printing_Outside_The_Area_Is_Not_Found_And_Issues_No_Proof()
    {
        var api = await App.ApiClientAsync("heping.clerk");
        var before = await ProofCountAsync();
        var pdf = await api.PostAsJsonAsync("/api/v1/queries/A2-26/pdf", new { idNumber = WangXiulan });
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        Assert.Equal(before, await ProofCountAsync());
    }

    [Fact]
    public async Task The_Result_Page_Does_Not_Echo_The_Id_Number_And_Still_Prints()
    {
        var page = await App.PageClientAsync("shunhe.clerk");
        var response = await TestApp.PostFormAsync(page, "/Queries/Run?item=A2-26", new() { ["Item"] = "A2-26", ["IdNumber"] = WangXiulan });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("341504********0027", html);
        Assert.DoesNotContain(WangXiulan, html);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"Token\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);

        var print = await TestApp.PostFormAsync(page, "/Queries/Run?item=A2-26&handler=Pdf", new() { ["Item"] = "A2-26", ["Token"] = System.Net.WebUtility.HtmlDecode(token) }, getUrl: "/Queries/Run?item=A2-26");
        Assert.Equal("application/pdf", print.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(print.Headers.GetValues("X-Proof-Number").Single());
    }

    private Task<int> ProofCountAsync() => App.InScopeAsync(async sp =>
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(sp.GetRequiredService<Shebao.Core.Platform.Data.AppDbContext>().Set<Shebao.Core.Modules.Proofs.Proof>()));

    private Task<int> TraceCountAsync() => App.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<Shebao.Core.Platform.Data.AppDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.AuditEntries, a => a.Action == "query.run" && a.UserName == "shihe.clerk" && a.ObjectType == "person" && a.Fields!.Contains("A2-26"));
    });
}
