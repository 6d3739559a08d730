using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shebao.Tests.Support;

namespace Shebao.Tests.Api;

/// <summary>Issue 14 §3: the accepting clerk corrects the form; a return naming materials needs new files or a reason; 办理认证 from the due list.</summary>
[Trait("Category", "Db")]
public sealed class CaseFormCorrectionApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Wang = "341504196503150027";   // 顺河社区
    private TestApp App => fixture.App;

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, string id, int version, object form) =>
        client.PatchAsJsonAsync($"/api/v1/cases/{id}/form", new { version, form });

    private static async Task<int> VersionAsync(HttpClient client, string id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("version").GetInt32();

    private async Task<(string Id, HttpClient Clerk)> PhoneChangeAsync() =>
        (await CaseApi.AcceptAsync(await App.ApiClientAsync("shunhe.clerk"), "A1-04", Wang, "王秀兰",
            new Dictionary<string, string> { ["changeItem"] = "phone", ["newPhone"] = "13800138000", ["reason"] = "搬家" }, "ID_CARD", "APPLICATION_FORM"),
         await App.ApiClientAsync("shunhe.clerk"));

    [Fact]
    public async Task Correction_IsAMaskedHistoryRow_StaleVersionIs409_OnlyTheAcceptingClerk_OnlyWhileTheTableAllows()
    {
        var (id, clerk) = await PhoneChangeAsync();
        try
        {
            var corrected = await PatchAsync(clerk, id, 1, new { newPhone = "13900139001", reason = "更换手机号" });
            Assert.True(corrected.StatusCode == HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync());
            var body = await Json(corrected);
            Assert.Equal(2, body.GetProperty("version").GetInt32());
            var row = body.GetProperty("history").EnumerateArray().Last();
            Assert.Equal("correct", row.GetProperty("action").GetString());
            var comment = row.GetProperty("comment").GetString()!;
            Assert.Contains("变更原因：搬家 → 更换手机号", comment, StringComparison.Ordinal);
            Assert.Contains("139****9001", comment, StringComparison.Ordinal);
            Assert.DoesNotContain("13900139001", comment, StringComparison.Ordinal);
            Assert.DoesNotContain("13800138000", await corrected.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal("更换手机号", body.GetProperty("form").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "reason").GetProperty("value").GetString());

            Assert.Equal(HttpStatusCode.Conflict, (await PatchAsync(clerk, id, 1, new { reason = "别的" })).StatusCode);
            var invalid = await PatchAsync(clerk, id, 2, new { newPhone = "123" });
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            Assert.True((await Json(invalid)).GetProperty("errors").TryGetProperty("form.newPhone", out _));
            Assert.Equal(HttpStatusCode.BadRequest, (await PatchAsync(clerk, id, 2, new { reason = "更换手机号" })).StatusCode); // nothing changed
            Assert.Equal(HttpStatusCode.NotFound, (await PatchAsync(await App.ApiClientAsync("wulou.clerk"), id, 2, new { reason = "x" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await PatchAsync(await App.ApiClientAsync("jb.review"), id, 2, new { reason = "x" })).StatusCode);

            (await clerk.PostAsJsonAsync($"/api/v1/cases/{id}/submit", new { version = 2 })).EnsureSuccessStatusCode();
            Assert.Equal(HttpStatusCode.Conflict, (await PatchAsync(clerk, id, 3, new { reason = "提交后" })).StatusCode);
        }
        finally
        {
            await CloseAsync(clerk, id);
        }
    }

    [Fact]
    public async Task AfterAReturn_TheReviewerSeesTheCorrections_AndANamedMaterialNeedsANewFileOrAReason()
    {
        var (id, clerk) = await PhoneChangeAsync();
        var reviewer = await App.ApiClientAsync("jb.review");
        try
        {
            (await clerk.PostAsJsonAsync($"/api/v1/cases/{id}/submit", new { version = 1 })).EnsureSuccessStatusCode();
            (await reviewer.PostAsJsonAsync($"/api/v1/cases/{id}/return", new { version = 2, reason = "手机号有误，申请表未签字", missingMaterials = new[] { "APPLICATION_FORM", "ID_CARD" } }))
                .EnsureSuccessStatusCode();
            (await PatchAsync(clerk, id, 3, new { newPhone = "13900139001" })).EnsureSuccessStatusCode();

            // A new file for APPLICATION_FORM only: ID_CARD still needs one, or a written reason.
            Assert.Equal(HttpStatusCode.Created, (await CaseApi.UploadAsync(clerk, id, "APPLICATION_FORM", Scans.Png(80, 40), "signed.png")).StatusCode);
            var refused = await clerk.PostAsJsonAsync($"/api/v1/cases/{id}/resubmit", new { version = 4 });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var error = (await Json(refused)).GetProperty("errors").GetProperty("reason")[0].GetString()!;
            Assert.Contains("居民身份证", error, StringComparison.Ordinal);
            Assert.DoesNotContain("登记表", error.Split('。')[0].Split('：')[1], StringComparison.Ordinal);

            var resubmitted = await clerk.PostAsJsonAsync($"/api/v1/cases/{id}/resubmit", new { version = 4, reason = "身份证复印件清晰，无需重新提供" });
            Assert.True(resubmitted.StatusCode == HttpStatusCode.OK, await resubmitted.Content.ReadAsStringAsync());

            var seen = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
            var since = seen.GetProperty("sinceReturn");
            Assert.StartsWith("自退回后修改了：", since.GetProperty("summary").GetString(), StringComparison.Ordinal);
            Assert.Contains("139****9001", since.GetProperty("summary").GetString(), StringComparison.Ordinal);
            Assert.Contains("身份证复印件清晰", since.GetProperty("clerkNote").GetString(), StringComparison.Ordinal);
            Assert.Contains(since.GetProperty("newFiles").EnumerateArray(), f => f.GetString()!.Contains("signed.png", StringComparison.Ordinal));

            // The replaced form is kept but superseded; the new one and the untouched ID card are current.
            var files = seen.GetProperty("attachments").EnumerateArray().ToList();
            Assert.Equal(3, files.Count);
            Assert.True(files.Single(f => f.GetProperty("materialCode").GetString() == "APPLICATION_FORM" && f.GetProperty("fileName").GetString() != "signed.png").GetProperty("superseded").GetBoolean());
            Assert.False(files.Single(f => f.GetProperty("fileName").GetString() == "signed.png").GetProperty("superseded").GetBoolean());
            Assert.False(files.Single(f => f.GetProperty("materialCode").GetString() == "ID_CARD").GetProperty("superseded").GetBoolean());

            var page = await (await App.PageClientAsync("jb.review")).GetStringAsync($"/Cases/Detail/{id}");
            Assert.Contains("自退回后修改了：", page, StringComparison.Ordinal);
            Assert.Contains("已被替换", page, StringComparison.Ordinal);
            Assert.Contains("身份证复印件清晰", page, StringComparison.Ordinal);
        }
        finally
        {
            await CloseAsync(clerk, id);
        }
    }

    [Fact]
    public async Task DueListRow_OpensAPrefilledCertificationCase_WithoutTheIdNumber_AndAgainOpensTheSameCase()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var due = await clerk.GetFromJsonAsync<JsonElement>("/api/v1/certifications/due?pageSize=200");
        var row = due.GetProperty("items").EnumerateArray().First(r => r.GetProperty("scheme").GetString() == "employee-pension");
        var rowId = row.GetProperty("id").GetString();

        async Task<HttpResponseMessage> StartAsync(HttpClient client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/certifications/due/{rowId}/case");
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            return await client.SendAsync(request);
        }

        var started = await StartAsync(clerk);
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        var c = (await Json(started)).GetProperty("case");
        var id = c.GetProperty("id").GetString()!;
        try
        {
            Assert.Equal("A1-02", c.GetProperty("itemCode").GetString());
            Assert.Equal(row.GetProperty("personId").GetString(), c.GetProperty("person").GetProperty("id").GetString());
            Assert.Equal(row.GetProperty("idNumberMasked").GetString(), c.GetProperty("person").GetProperty("idNumberMasked").GetString());
            var form = c.GetProperty("form").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("raw"));
            Assert.Equal("visit", form["certificationMethod"].GetString());
            Assert.Equal("home", form["certificationPlace"].GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", form["certifiedAt"].GetString());

            var again = await StartAsync(clerk);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(id, (await Json(again)).GetProperty("case").GetProperty("id").GetString());
            Assert.Equal(HttpStatusCode.NotFound, (await StartAsync(await App.ApiClientAsync("wulou.clerk"))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await StartAsync(await App.ApiClientAsync("yl.review"))).StatusCode);
        }
        finally
        {
            await CloseAsync(clerk, id);
        }
    }

    private async Task CloseAsync(HttpClient clerk, string id)
    {
        var c = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        if (c.GetProperty("allowedActions").EnumerateArray().Any(a => a.GetString() == "withdraw"))
            await clerk.PostAsJsonAsync($"/api/v1/cases/{id}/withdraw", new { version = c.GetProperty("version").GetInt32() });
        else if (c.GetProperty("status").GetString() == "submitted")
            await (await App.ApiClientAsync("jb.review")).PostAsJsonAsync($"/api/v1/cases/{id}/reject", new { version = c.GetProperty("version").GetInt32(), reason = "测试结束" });
    }
}
