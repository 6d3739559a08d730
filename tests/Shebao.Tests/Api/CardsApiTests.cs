using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Cards;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Api;

[Trait("Category", "Db")]
public sealed class CardsApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static Task<HttpResponseMessage> Post(HttpClient client, Guid cardId, string operation, object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/cards/{cardId}/{operation}", body ?? new { });

    private async Task<Case> CaseAsync(string number) =>
        await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Case>().AsNoTracking().SingleAsync(c => c.Number == number));

    [Fact]
    public async Task Activate_SetsThePin_AndRecordsACompletedCaseWithoutIt()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Unactivated);
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var response = await Post(clerk, card.CardId, "activate", new { newPin = "739251" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json(response);
        Assert.Equal("normal", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("pinSet").GetBoolean());
        Assert.Contains(body.GetProperty("applications").EnumerateArray(), a => a.GetProperty("name").GetString() == "社保应用" && a.GetProperty("status").GetString() == "active");
        Assert.DoesNotContain("739251", body.GetRawText(), StringComparison.Ordinal);

        var recorded = await CaseAsync(body.GetProperty("caseNumber").GetString()!);
        Assert.Equal(("A1-15", CaseStatuses.Completed), (recorded.ItemCode, recorded.Status));
        Assert.Contains(card.CardNumber!, recorded.Form, StringComparison.Ordinal);
        Assert.DoesNotContain("739251", recorded.Form, StringComparison.Ordinal);
        var events = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<CardEvent>().AsNoTracking().Where(e => e.CardId == card.CardId).ToListAsync());
        var activation = Assert.Single(events);
        Assert.Equal(("activate", "unactivated", "normal", "shunhe.clerk", "341504001003", recorded.Number),
            (activation.Action, activation.From, activation.To, activation.By, activation.OrgUnitCode, activation.CaseNumber));
    }

    [Theory]
    [InlineData("123456", "连续数字")]
    [InlineData("111111", "同一数字")]
    [InlineData("654321", "连续数字")]
    [InlineData("121212", "重复")]
    [InlineData("12345", "6位数字")]
    [InlineData("12a456", "6位数字")]
    public async Task Activate_WithAWeakOrMalformedPin_Is400WithAMessage(string pin, string message)
    {
        var card = await CardData.CardAsync(App, CardStatuses.Unactivated);
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var response = await Post(clerk, card.CardId, "activate", new { newPin = pin });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await Json(response)).GetProperty("errors").GetProperty("newPin")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(CardStatuses.Unactivated, (await CardData.LoadAsync(App, card.CardId)).Status);
    }

    [Fact]
    public async Task Activate_UsingTheHoldersBirthDate_IsRefused()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Unactivated);
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var response = await Post(clerk, card.CardId, "activate", new { newPin = card.IdNumber.Substring(8, 6) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Activate_ANormalCard_IsConflict()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Normal, pin: "580731");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var response = await Post(clerk, card.CardId, "activate", new { newPin = "739251" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("正常", (await Json(response)).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loss_Temporary_Formal_AndCancel_RestoreTheStatusBefore()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Normal, pin: "580731");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var temporary = await Json(await Post(clerk, card.CardId, "report-loss", new { kind = "temporary" }));
        Assert.Equal("temporary-loss", temporary.GetProperty("status").GetString());
        var until = DateOnly.Parse(temporary.GetProperty("lossExpiresOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(until.DayNumber - DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).DayNumber, 30, 30);
        Assert.Contains(temporary.GetProperty("applications").EnumerateArray(), a => a.GetProperty("status").GetString() == "frozen");

        Assert.Equal(HttpStatusCode.Conflict, (await Post(clerk, card.CardId, "report-loss", new { kind = "temporary" })).StatusCode);
        var formal = await Json(await Post(clerk, card.CardId, "report-loss", new { kind = "formal" }));
        Assert.Equal("formal-loss", formal.GetProperty("status").GetString());
        var restored = await Json(await Post(clerk, card.CardId, "cancel-loss"));
        Assert.Equal("normal", restored.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Post(clerk, card.CardId, "cancel-loss")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(clerk, card.CardId, "report-loss", new { kind = "lost" })).StatusCode);

        var cases = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Case>().AsNoTracking()
            .Where(c => c.PersonId == card.PersonId && c.ItemCode == "A1-16").Select(c => c.Status).ToListAsync());
        Assert.Equal(3, cases.Count);
        Assert.All(cases, s => Assert.Equal(CaseStatuses.Completed, s));
    }

    [Fact]
    public async Task ChangePin_NeedsTheOldPin_LocksAfterFiveWrong_AndResetUnlocks()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Normal, pin: "580731");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var changed = await Post(clerk, card.CardId, "change-pin", new { oldPin = "580731", newPin = "846302" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        for (var i = 0; i < 4; i++)
        {
            var wrong = await Post(clerk, card.CardId, "change-pin", new { oldPin = "580731", newPin = "297364" });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal("原密码不正确", (await Json(wrong)).GetProperty("errors").GetProperty("oldPin")[0].GetString());
        }
        var fifth = await Post(clerk, card.CardId, "change-pin", new { oldPin = "580731", newPin = "297364" });
        Assert.Contains("锁定", (await Json(fifth)).GetProperty("errors").GetProperty("oldPin")[0].GetString(), StringComparison.Ordinal);
        // Locked: even the right old PIN is refused now.
        Assert.Equal(HttpStatusCode.Conflict, (await Post(clerk, card.CardId, "change-pin", new { oldPin = "846302", newPin = "297364" })).StatusCode);
        Assert.NotNull((await CardData.LoadAsync(App, card.CardId)).PinLockedUntil);

        Assert.Equal(HttpStatusCode.BadRequest, (await Post(clerk, card.CardId, "reset-pin", new { newPin = "000000" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Post(clerk, card.CardId, "reset-pin", new { newPin = "297364" })).StatusCode);
        Assert.Null((await CardData.LoadAsync(App, card.CardId)).PinLockedUntil);
        Assert.Equal(HttpStatusCode.OK, (await Post(clerk, card.CardId, "change-pin", new { oldPin = "297364", newPin = "510846" })).StatusCode);

        var wrongAudits = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Action == "card.pin.wrong" && a.ObjectId == card.CardId.ToString()));
        Assert.Equal(5, wrongAudits);
    }

    [Fact]
    public async Task ChangeInfo_NonPrimaryChanges_PrimaryFieldNeedsAReplacement()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Normal, pin: "580731");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var refused = await Post(clerk, card.CardId, "change-info", new { name = "王小兰" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("补领换", (await Json(refused)).GetRawText(), StringComparison.Ordinal);

        var changed = await Json(await Post(clerk, card.CardId, "change-info", new { phone = "13955501234", postcode = "237000", address = "叶集区史河街道顺河社区8组" }));
        Assert.Equal("139****1234", changed.GetProperty("phoneMasked").GetString());
        Assert.Equal("237000", changed.GetProperty("postcode").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(clerk, card.CardId, "change-info", new { postcode = "2370" })).StatusCode);
        var form = (await CaseAsync(changed.GetProperty("caseNumber").GetString()!)).Form;
        Assert.DoesNotContain("13955501234", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replace_LostNeedsFormalLossFirst_ThenTheOldCardCannotBeRestored()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Normal, pin: "580731");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var early = await Post(clerk, card.CardId, "replace", new { reason = "lost" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("正式挂失", (await Json(early)).GetProperty("title").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await Post(clerk, card.CardId, "report-loss", new { kind = "formal" })).StatusCode);
        var replaced = await Json(await Post(clerk, card.CardId, "replace", new { reason = "lost", bank = "中国建设银行" }));
        Assert.Equal("applied", replaced.GetProperty("status").GetString());
        Assert.Equal(card.CardId.ToString(), replaced.GetProperty("replacesCardId").GetString());
        Assert.Equal("中国建设银行", replaced.GetProperty("bank").GetString());
        Assert.Equal(CardStatuses.Replacing, (await CardData.LoadAsync(App, card.CardId)).Status);
        var cancel = await Post(clerk, card.CardId, "cancel-loss");
        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
        // Neither a second replacement nor a fresh application while the new card is on its way.
        var again = await clerk.PostAsJsonAsync("/api/v1/card-applications", new { idNumber = card.IdNumber, name = card.Name, bank = "中国农业银行", delivery = "pickup", photo = "standard" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }

    [Fact]
    public async Task Replace_DamagedCard_MustBeHandedIn()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Normal, pin: "580731");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(clerk, card.CardId, "replace", new { reason = "damaged" })).StatusCode);
        var replaced = await Post(clerk, card.CardId, "replace", new { reason = "damaged", cardHandedIn = true });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("A2-25", (await CaseAsync((await Json(replaced)).GetProperty("caseNumber").GetString()!)).ItemCode);
    }

    [Fact]
    public async Task CardsOfAnotherArea_Are404_ForEveryOperation()
    {
        var other = await CardData.CardAsync(App, CardStatuses.Unactivated, village: "341504002200");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/v1/cards/{other.CardId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/v1/cards/{other.CardId}/status.pdf")).StatusCode);
        foreach (var (operation, body) in new (string, object)[] { ("activate", new { newPin = "739251" }), ("report-loss", new { kind = "formal" }), ("cancel-loss", new { }),
                     ("change-pin", new { oldPin = "580731", newPin = "739251" }), ("reset-pin", new { newPin = "739251" }), ("change-info", new { phone = "13955501234" }),
                     ("replace", new { reason = "damaged", cardHandedIn = true }), ("collect", new { }) })
            Assert.Equal(HttpStatusCode.NotFound, (await Post(clerk, other.CardId, operation, body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.PostAsJsonAsync("/api/v1/cards/search", new { personId = other.PersonId })).StatusCode);
        Assert.Equal(CardStatuses.Unactivated, (await CardData.LoadAsync(App, other.CardId)).Status);
        // The district 信息中心 sees the whole district.
        var xx = await App.ApiClientAsync("xx.review");
        Assert.Equal(HttpStatusCode.OK, (await xx.GetAsync($"/api/v1/cards/{other.CardId}")).StatusCode);
    }

    [Fact]
    public async Task Search_ByIdNumberOrCardNumber_InTheBodyOnly()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Normal, pin: "580731");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var byId = await Json(await clerk.PostAsJsonAsync("/api/v1/cards/search", new { idNumber = card.IdNumber }));
        Assert.Equal(card.CardId.ToString(), byId[0].GetProperty("id").GetString());
        var byNumber = await Json(await clerk.PostAsJsonAsync("/api/v1/cards/search", new { cardNumber = card.CardNumber!.ToLowerInvariant() }));
        Assert.Equal(card.CardId.ToString(), byNumber[0].GetProperty("id").GetString());
        Assert.DoesNotContain(card.IdNumber, byId.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCases_ForActivation_IsRefusedBecauseNoPinCanTravelInAForm()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Unactivated);
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases")
        {
            Content = JsonContent.Create(new { itemCode = "A1-15", idNumber = card.IdNumber, name = card.Name, form = new { cardNumber = card.CardNumber } }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await clerk.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("密码", (await Json(response)).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCases_ForAFormalLoss_GoesThroughTheSameRules()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Normal, pin: "580731");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases")
        {
            Content = JsonContent.Create(new { itemCode = "A1-16", idNumber = card.IdNumber, name = card.Name, form = new { operation = "formal" } }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, (await clerk.SendAsync(request)).StatusCode);
        Assert.Equal(CardStatuses.FormalLoss, (await CardData.LoadAsync(App, card.CardId)).Status);
    }

    [Fact]
    public async Task Application_ThenBureauExport_BadImportAppliesNothing_GoodImportAndCollect()
    {
        var person = await CardData.PersonWithoutCardAsync(App);
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        using var apply = new HttpRequestMessage(HttpMethod.Post, "/api/v1/card-applications")
        {
            Content = JsonContent.Create(new { idNumber = person.IdNumber, name = person.Name, bank = "中国工商银行", delivery = "mail", photo = "id-card" }),
        };
        apply.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var refusedMail = await clerk.SendAsync(apply);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedMail.StatusCode);
        Assert.Contains("邮寄地址", (await Json(refusedMail)).GetRawText(), StringComparison.Ordinal);

        var created = await clerk.PostAsJsonAsync("/api/v1/card-applications", new { idNumber = person.IdNumber, name = person.Name, bank = "中国工商银行", delivery = "mail", mailingAddress = "叶集区顺河社区1组", photo = "id-card" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var card = await Json(created);
        Assert.Equal("applied", card.GetProperty("status").GetString());
        var applicationNo = card.GetProperty("applicationNo").GetString()!;
        var cardId = Guid.Parse(card.GetProperty("id").GetString()!);
        Assert.Equal(applicationNo, card.GetProperty("caseNumber").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync("/api/v1/cards/batches", null)).StatusCode);
        var xx = await App.ApiClientAsync("xx.review");
        var export = await xx.PostAsync("/api/v1/cards/batches", null);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var csv = await export.Content.ReadAsStringAsync();
        Assert.StartsWith(CardBureau.ExportHeader, csv, StringComparison.Ordinal);
        Assert.Contains($"{applicationNo},{person.IdNumber},{person.Name}", csv, StringComparison.Ordinal);
        Assert.Equal(CardStatuses.Producing, (await CardData.LoadAsync(App, cardId)).Status);

        var number = $"K{Random.Shared.Next(10_000_000, 99_999_999)}";
        var good = $"{applicationNo},{number},341500D156000005AB8B9EC6D673A500,ready,2026-11-20,2036-11-20";
        var bad = string.Join("\r\n", CardBureau.ImportHeader, good, "YJ000000XX99999,A00000001,341500D156000005AB8B9EC6D673A501,ready,2026-11-20,2036-11-20",
            $"{applicationNo},{number},341500D156000005AB8B9EC6D673A500,ready,2026-11-20,2036-11-20", "only,three,fields", $"{applicationNo},12,XYZ,ready,2026-13-01,2036-11-20");
        var refused = await xx.PostAsync("/api/v1/cards/batches/results", new StringContent(bad, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await Json(refused)).GetProperty("errors").GetProperty("file").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(errors, e => e.StartsWith("第3行：", StringComparison.Ordinal) && e.Contains("没有对应的申领", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("第4行：", StringComparison.Ordinal) && e.Contains("重复", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("第5行：", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("第6行：", StringComparison.Ordinal) && e.Contains("卡识别码", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.StartsWith("第2行：", StringComparison.Ordinal));
        var untouched = await CardData.LoadAsync(App, cardId);
        Assert.Equal((CardStatuses.Producing, (string?)null), (untouched.Status, untouched.CardNumber));

        var imported = await xx.PostAsync("/api/v1/cards/batches/results", new StringContent(CardBureau.ImportHeader + "\r\n" + good + "\r\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(1, (await Json(imported)).GetProperty("ready").GetInt32());
        var ready = await CardData.LoadAsync(App, cardId);
        Assert.Equal((CardStatuses.Ready, number), (ready.Status, ready.CardNumber));
        // The same file again: the card is no longer in production.
        Assert.Equal(HttpStatusCode.BadRequest, (await xx.PostAsync("/api/v1/cards/batches/results", new StringContent(CardBureau.ImportHeader + "\n" + good, Encoding.UTF8, "text/csv"))).StatusCode);

        var collected = await Json(await Post(clerk, cardId, "collect"));
        Assert.Equal("unactivated", collected.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Post(clerk, cardId, "activate", new { newPin = "739251" })).StatusCode);
    }

    [Fact]
    public async Task Import_FailedRow_SendsTheCardBackToTheNextBatch()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Producing);
        var xx = await App.ApiClientAsync("xx.review");
        var applicationNo = (await CardData.LoadAsync(App, card.CardId)).ApplicationNo;
        var response = await xx.PostAsync("/api/v1/cards/batches/results", new StringContent($"{CardBureau.ImportHeader}\n{applicationNo},,,failed,,", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CardStatuses.Applied, (await CardData.LoadAsync(App, card.CardId)).Status);
    }

    [Fact]
    public async Task StatusQuery_IsAudited_AndThePdfShowsTheStatus()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Normal, pin: "580731");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.OK, (await Post(clerk, card.CardId, "report-loss", new { kind = "temporary" })).StatusCode);
        var status = await Json(await clerk.GetAsync($"/api/v1/cards/{card.CardId}"));
        Assert.Equal("report-temporary-loss", status.GetProperty("events")[0].GetProperty("action").GetString());
        var pdf = await clerk.GetAsync($"/api/v1/cards/{card.CardId}/status.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("临时挂失", text, StringComparison.Ordinal);
        Assert.Contains(card.CardNumber!, text, StringComparison.Ordinal);
        var audits = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.Where(a => a.ObjectId == card.CardId.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains("card.query", audits);
        Assert.Contains("card.print", audits);

        // The paper is a registered proof: its number and code, read off the PDF, check out on the public API.
        var number = System.Text.RegularExpressions.Regex.Match(text, "ZM\\d{8}[23456789A-HJKMNP-Z]{6}").Value;
        var code = System.Text.RegularExpressions.Regex.Match(text, "验证码：([23456789A-HJKMNP-Z]{8})").Groups[1].Value;
        Assert.Equal((16, 8), (number.Length, code.Length));
        Assert.Contains("第 1 页 / 共", text, StringComparison.Ordinal);
        var verified = await Json(await App.Client().GetAsync($"/api/v1/proofs/{number}?code={code}"));
        Assert.Equal("valid", verified.GetProperty("status").GetString());
        Assert.Equal("A2-26", verified.GetProperty("type").GetString());
        Assert.Equal("社会保障卡应用状态证明", verified.GetProperty("title").GetString());
        Assert.Equal("叶集区史河街道顺河社区居委会", verified.GetProperty("issuer").GetString());
        Assert.Contains("临时挂失", verified.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Matches("\\d{6}\\*{8}[\\dX]{4}", verified.GetProperty("summary").GetString());
        Assert.Equal("not-valid", (await Json(await App.Client().GetAsync($"/api/v1/proofs/{number}?code=22222222"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task PersonPage_ShowsTheCardSection()
    {
        var card = await CardData.CardAsync(App, CardStatuses.Normal, pin: "580731");
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var person = await Json(await clerk.GetAsync($"/api/v1/persons/{card.PersonId}"));
        var section = person.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "card");
        Assert.Contains(card.CardNumber!, section.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("正常", section.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }
}
