using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Api;

[Trait("Category", "Db")]
public sealed class CasesApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Wang = "341504196503150027";   // 顺河社区
    private const string Li = "341504195807120041";     // 顺河社区
    private const string Zhang = "34052419800101001X";   // 五楼村
    private TestApp App => fixture.App;

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static Task<HttpResponseMessage> CreateAsync(HttpClient client, string item, string id, string name, object form, string? key = null) =>
        CaseApi.PostAsync(client, item, id, name, form, key);

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string caseId, string material, byte[] bytes, string fileName = "scan.png") =>
        CaseApi.UploadAsync(client, caseId, material, bytes, fileName);

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, string caseId, string action, object body) =>
        client.PostAsJsonAsync($"/api/v1/cases/{caseId}/{action}", body);

    /// <summary>A new address each time: an approved change moves the registry, and a change to the same address is refused.</summary>
    private static object AddressChange => new Dictionary<string, string> { ["changeItem"] = "address", ["newAddress"] = $"顺河社区第4组{Guid.NewGuid():N}"[..20], ["reason"] = "搬家" };

    /// <summary>A submitted A1-04 case of Li (顺河社区), reviewed by 居保中心.</summary>
    private async Task<(string Id, HttpClient Clerk)> SubmittedCaseAsync(string person = Li, string name = "李桂英")
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var created = await CreateAsync(clerk, "A1-04", person, name, AddressChange);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("case").GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(clerk, id, "ID_CARD", Scans.Png())).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(clerk, id, "APPLICATION_FORM", Scans.Png())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(clerk, id, "submit", new { version = 1 })).StatusCode);
        return (id, clerk);
    }

    private async Task CloseAsync(string id)
    {
        var reviewer = await App.ApiClientAsync("jb.review");
        var c = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        await ActAsync(reviewer, id, "reject", new { version = c.GetProperty("version").GetInt32(), reason = "测试结束" });
    }

    [Fact]
    public async Task FullFlow_Accept_Submit_Return_Resubmit_Approve_Archive()
    {
        var (id, clerk) = await SubmittedCaseAsync(Wang, "王秀兰");
        var reviewer = await App.ApiClientAsync("jb.review");
        var queue = await Json(await reviewer.GetAsync("/api/v1/cases?status=submitted"));
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id);

        var returned = await Json(await ActAsync(reviewer, id, "return", new { version = 2, reason = "登记表未签字", missingMaterials = new[] { "APPLICATION_FORM" } }));
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, returned.GetProperty("dueDate").ValueKind); // the clock waits for the applicant
        var worklist = await Json(await clerk.GetAsync("/api/v1/cases"));
        Assert.Equal(id, worklist.GetProperty("items")[0].GetProperty("id").GetString()); // returned cases first

        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(clerk, id, "APPLICATION_FORM", Scans.Png(80, 40))).StatusCode);
        var resubmitted = await Json(await ActAsync(clerk, id, "resubmit", new { version = 3 }));
        Assert.Equal("submitted", resubmitted.GetProperty("status").GetString());

        // Back to the reviewer who returned it: another 居保 reviewer would not even be offered the approval.
        var approved = await Json(await ActAsync(reviewer, id, "approve", new { version = 4 }));
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        var archived = await Json(await ActAsync(clerk, id, "archive", new { version = 5, archiveNo = "SH-2026-0001" }));
        Assert.Equal("SH-2026-0001", archived.GetProperty("archiveNo").GetString());
        Assert.Equal(new[] { "accept", "submit", "return", "resubmit", "approve", "archive" },
            archived.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        var number = archived.GetProperty("number").GetString()!;
        Assert.Matches(@"^YJ\d{6}JB\d{5}$", number);

        // The archive ledger lists it, and the hand-over list (移交清单) prints it.
        var page = await App.PageClientAsync("shunhe.clerk");
        Assert.Contains(number, await page.GetStringAsync("/Cases/Archive"), StringComparison.Ordinal);
        var pdf = await page.GetAsync("/Cases/Archive?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("移交清单", text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("SH-2026-0001", text, StringComparison.Ordinal);
        Assert.DoesNotContain(number, await (await App.PageClientAsync("wulou.clerk")).GetStringAsync("/Cases/Archive"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Idempotency_SameKeySameBody_IsTheSameCase_DifferentBody_Is422_MissingKey_Is400()
    {
        var clerk = await App.ApiClientAsync("pengzhou.clerk");
        var key = Guid.NewGuid().ToString();
        var body = new Dictionary<string, string> { ["changeItem"] = "address", ["newAddress"] = "彭洲村第2组", ["reason"] = "搬家" };
        var someone = await SomePersonAsync("pengzhou.clerk");
        var first = await CreateAsync(clerk, "A1-04", someone.Id, someone.Name, body, key);
        var again = await CreateAsync(clerk, "A1-04", someone.Id, someone.Name, body, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstBody = await Json(first);
        var againBody = await Json(again);
        Assert.Equal(firstBody.GetProperty("case").GetProperty("id").GetString(), againBody.GetProperty("case").GetProperty("id").GetString());
        Assert.True(againBody.GetProperty("replayed").GetBoolean());

        var changed = await CreateAsync(clerk, "A1-04", someone.Id, someone.Name, new Dictionary<string, string>(body) { ["reason"] = "别的原因" }, key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);

        var noKey = await clerk.PostAsJsonAsync("/api/v1/cases", new { itemCode = "A1-04", idNumber = someone.Id, name = someone.Name, form = body });
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);

        // One open case per person and item.
        var second = await CreateAsync(clerk, "A1-04", someone.Id, someone.Name, body);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    private async Task<(string Id, string Name)> SomePersonAsync(string clerkName)
    {
        // Reveal a generated person of the clerk's village (ID numbers are never listed in full).
        var clerk = await App.ApiClientAsync(clerkName);
        foreach (var surname in "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤")
        {
            var found = await Json(await clerk.PostAsJsonAsync("/api/v1/persons/search", new { name = surname.ToString(), pageSize = 5 }));
            foreach (var item in found.GetProperty("items").EnumerateArray())
            {
                var personId = item.GetProperty("id").GetString();
                var detail = await Json(await clerk.GetAsync($"/api/v1/persons/{personId}"));
                var revealed = await Json(await clerk.PostAsJsonAsync($"/api/v1/persons/{personId}/reveal", new { reason = "测试受理" }));
                return (revealed.GetProperty("idNumber").GetString()!, detail.GetProperty("name").GetString()!);
            }
        }
        throw new InvalidOperationException("no person in the village");
    }

    [Fact]
    public async Task Concurrent_Creations_WithOneKey_MakeOneCase()
    {
        var clerk = await App.ApiClientAsync("heping.clerk");
        var someone = await SomePersonAsync("heping.clerk");
        var key = Guid.NewGuid().ToString();
        var body = new Dictionary<string, string> { ["changeItem"] = "address", ["newAddress"] = "和平村第1组", ["reason"] = "搬家" };
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => CreateAsync(clerk, "A1-04", someone.Id, someone.Name, body, key)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await Json(r)).GetProperty("case").GetProperty("id").GetString()));
        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task FiftyConcurrentApprovals_ExactlyOneWins()
    {
        var (id, _) = await SubmittedCaseAsync(Li, "李桂英");
        var reviewer = await App.ApiClientAsync("jb.review");
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => ActAsync(reviewer, id, "approve", new { version = 2 })));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var approvals = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<CaseHistoryEntry>().CountAsync(h => h.CaseId == Guid.Parse(id) && h.Action == "approve"));
        Assert.Equal(1, approvals);
    }

    [Fact]
    public async Task Scope_OtherVillage_Gets404_AndAnotherCentre_CannotAct()
    {
        var (id, clerk) = await SubmittedCaseAsync(Wang, "王秀兰");
        try
        {
            var other = await App.ApiClientAsync("wulou.clerk");
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(other, id, "withdraw", new { version = 2 })).StatusCode);
            var attachmentId = (await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("attachments")[0].GetProperty("id").GetString();
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}/attachments/{attachmentId}")).StatusCode);
            Assert.DoesNotContain((await Json(await other.GetAsync("/api/v1/cases"))).GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id);

            var wrongCentre = await App.ApiClientAsync("yl.review");
            Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(wrongCentre, id, "approve", new { version = 2 })).StatusCode);
            // The clerk may see the case but may never approve it.
            Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(clerk, id, "approve", new { version = 2 })).StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await ActAsync(await App.ApiClientAsync("jb.review"), id, "approve", new { version = 1 })).StatusCode);

            // The township sees its villages' cases.
            Assert.Equal(HttpStatusCode.OK, (await (await App.ApiClientAsync("shihe.clerk")).GetAsync($"/api/v1/cases/{id}")).StatusCode);
        }
        finally
        {
            await CloseAsync(id);
        }
    }

    [Fact]
    public async Task Attachments_FollowTheTable_ClosedWhileSubmitted_OpenAgainWhenReturned()
    {
        var (id, clerk) = await SubmittedCaseAsync(Wang, "王秀兰");
        var reviewer = await App.ApiClientAsync("jb.review");
        async Task<bool> MayAttach(HttpClient client) => (await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("mayAttach").GetBoolean();
        try
        {
            Assert.False(await MayAttach(clerk));
            Assert.Equal(HttpStatusCode.Conflict, (await UploadAsync(clerk, id, "APPLICATION_FORM", Scans.Png())).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(reviewer, id, "APPLICATION_FORM", Scans.Png())).StatusCode);

            Assert.Equal(HttpStatusCode.OK, (await ActAsync(reviewer, id, "return", new { version = 2, reason = "登记表未签字", missingMaterials = new[] { "APPLICATION_FORM" } })).StatusCode);
            Assert.True(await MayAttach(clerk));
            Assert.False(await MayAttach(reviewer));
            Assert.Equal(HttpStatusCode.Created, (await UploadAsync(clerk, id, "APPLICATION_FORM", Scans.Png(80, 40))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(reviewer, id, "APPLICATION_FORM", Scans.Png())).StatusCode);
        }
        finally
        {
            var c = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
            await ActAsync(clerk, id, "withdraw", new { version = c.GetProperty("version").GetInt32() });
        }
    }

    [Fact]
    public async Task InstantItem_IsAcceptedAndCompletedThroughTheTable_AndOffersOnlyArchive()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var created = await CreateAsync(clerk, "A2-09", Li, "李桂英", new Dictionary<string, string>
        {
            ["birthMonth"] = "1966-05", ["retireGroup"] = "male", ["averageContributionIndex"] = "1.0", ["contributionYears"] = "30", ["accountBalance"] = "80000",
        });
        var body = await Json(created);
        Assert.True(created.StatusCode == HttpStatusCode.Created, body.GetRawText());
        var c = body.GetProperty("case");
        Assert.Equal(("completed", "village", false), (c.GetProperty("status").GetString(), c.GetProperty("currentTier").GetString(), c.GetProperty("mayAttach").GetBoolean()));
        Assert.Equal(new (string?, string?, string?)[] { ("accept", null, "accepted"), ("complete", "accepted", "completed") },
            c.GetProperty("history").EnumerateArray().Select(h => (h.GetProperty("action").GetString(), h.GetProperty("from").GetString(), h.GetProperty("to").GetString())));
        Assert.Equal(new[] { "archive" }, c.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        // "complete" is a move of the table, never a request.
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(clerk, c.GetProperty("id").GetString()!, "complete", new { version = c.GetProperty("version").GetInt32() })).StatusCode);
    }

    [Fact]
    public async Task TownshipOnlyItem_IsRefusedToAVillageClerk()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var response = await CreateAsync(clerk, "A1-07", Wang, "王秀兰", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("乡镇", (await Json(response)).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploads_HostileFilesAreRefused_AndDownloadsAreSafe()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var created = await CreateAsync(clerk, "A1-04", "341504195807120041", "李桂英", AddressChange);
        if (created.StatusCode == HttpStatusCode.Conflict) return; // Li has an open case from another test; the refusals are covered below
        var id = (await Json(created)).GetProperty("case").GetProperty("id").GetString()!;
        try
        {
            var exe = await UploadAsync(clerk, id, "ID_CARD", Scans.Executable, "photo.jpg");
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, exe.StatusCode);
            Assert.Contains("只接受 JPG、PNG 或 PDF", (await Json(exe)).GetProperty("title").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await UploadAsync(clerk, id, "ID_CARD", Scans.Html, "scan.html")).StatusCode);
            var big = new byte[10 * 1024 * 1024 + 100_000]; // over the 10 MB scan limit, under the request limit
            Scans.Png().CopyTo(big, 0);
            var tooLarge = await UploadAsync(clerk, id, "ID_CARD", big);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
            Assert.Contains("10MB", (await Json(tooLarge)).GetProperty("title").GetString(), StringComparison.Ordinal);

            var ok = await Json(await UploadAsync(clerk, id, "ID_CARD", Scans.Png(), "身份证正面.png"));
            var download = await clerk.GetAsync($"/api/v1/cases/{id}/attachments/{ok.GetProperty("id").GetString()}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            var bytes = await download.Content.ReadAsByteArrayAsync();
            Assert.Equal(ok.GetProperty("sha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        }
        finally
        {
            var clerkCase = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
            await ActAsync(clerk, id, "withdraw", new { version = clerkCase.GetProperty("version").GetInt32() });
        }
    }
}
