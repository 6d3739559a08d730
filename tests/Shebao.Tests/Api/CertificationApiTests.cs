using Shebao.Core.Platform.Security;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Certification;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Api;

/// <summary>Issue 7 through the API on the demo data: scope of the due lists, certification, suspension and resumption, imports, suspected deaths.</summary>
[Trait("Category", "Db")]
public sealed class CertificationApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Wang = "341504196411030925";   // 顺河社区, demo: due this month
    private const string Li = "34150419580916091X";     // 顺河社区, demo: overdue
    private const string Zhang = "34052419800101001X";   // 五楼村, demo: 工伤职工
    private TestApp App => fixture.App;

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static string Today => TimeProvider.System.TodayInChina().ToString("yyyy-MM-dd");

    private static async Task<string> CreateAsync(HttpClient client, string item, string id, string name, object form)
    {
        var response = await CaseApi.PostAsync(client, item, id, name, form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("case").GetProperty("id").GetString()!;
    }

    private static async Task UploadAsync(HttpClient client, string caseId, string material) =>
        Assert.Equal(HttpStatusCode.Created, (await CaseApi.UploadAsync(client, caseId, material)).StatusCode);

    private static async Task<JsonElement> ActAsync(HttpClient client, string caseId, string action)
    {
        var c = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}");
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/{action}", new { version = c.GetProperty("version").GetInt32() });
        Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await Json(response);
    }

    /// <summary>An A1-02 certification of one person, accepted by the 顺河社区 clerk with ID card and photo, submitted.</summary>
    private async Task<string> SubmittedCertificationAsync(string id, string name)
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var caseId = await CreateAsync(clerk, "A1-02", id, name, new Dictionary<string, string>
        {
            ["certificationMethod"] = "visit", ["certifiedAt"] = Today, ["certificationPlace"] = "home", ["remarks"] = "行动不便，上门认证",
        });
        await UploadAsync(clerk, caseId, "ID_CARD");
        await UploadAsync(clerk, caseId, "PHOTO");
        await ActAsync(clerk, caseId, "submit");
        return caseId;
    }

    private async Task<List<JsonElement>> DueAsync(string user, string query = "")
    {
        var client = await App.ApiClientAsync(user);
        var response = await client.GetAsync($"/api/v1/certifications/due?pageSize=200{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Json(response)).GetProperty("items").EnumerateArray().ToList();
    }

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, ICryptoProvider, Task<T>> work)
    {
        using var scope = App.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<ICryptoProvider>());
    }

    private Task<Beneficiary> RecordAsync(string idNumber, string scheme) => WithDbAsync(async (db, crypto) =>
    {
        var index = PersonLookup.BlindIndex(crypto, idNumber);
        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.IdNumberIndex == index);
        return await db.Set<Beneficiary>().AsNoTracking().SingleAsync(b => b.PersonId == person.Id && b.Scheme == scheme);
    });

    /// <summary>A generated person with no benefit record, and their full ID (read from the encrypted registry, as a test may).</summary>
    private Task<(string Id, string Name, string VillageCode)> UnlistedPersonAsync(int skip) => WithDbAsync(async (db, crypto) =>
    {
        var listed = db.Set<Beneficiary>().Select(b => b.PersonId);
        var p = await db.Persons.AsNoTracking().Where(p => !listed.Contains(p.Id) && p.ResidentPaymentStatus != ResidentPaymentStatuses.Receiving).OrderBy(p => p.Id).Skip(skip).FirstAsync();
        return (crypto.Decrypt(p.IdNumberCipher), p.Name, p.VillageCode);
    });

    private static string UnregisteredId()
    {
        var first17 = "34150419700101123";
        return first17 + IdNumber.CheckChar(first17);
    }

    private static MultipartFormDataContent Csv(string text) =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", "list.csv" } };

    [Fact]
    public async Task VillageClerk_SeesOnlyTheirVillage_ReviewersOnlyTheirCentre()
    {
        var shunhe = await DueAsync("shunhe.clerk");
        Assert.NotEmpty(shunhe);
        Assert.All(shunhe, r => Assert.Equal("341504001003", r.GetProperty("villageCode").GetString()));
        Assert.Contains(shunhe, r => r.GetProperty("name").GetString() == "马秀珍");

        // Another village's code is outside a village clerk's scope: 404, not an empty list.
        var wulou = await App.ApiClientAsync("wulou.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await wulou.GetAsync("/api/v1/certifications/due?orgUnitCode=341504001003")).StatusCode);
        Assert.DoesNotContain(await DueAsync("wulou.clerk"), r => r.GetProperty("villageCode").GetString() != "341504002200");
        // The township sees its villages, and may narrow to one.
        var shihe = await DueAsync("shihe.clerk", "&orgUnitCode=341504001003");
        Assert.Equal(shunhe.Count, shihe.Count);

        var yl = await DueAsync("yl.review");
        var gs = await DueAsync("gs.review");
        Assert.NotEmpty(yl);
        Assert.NotEmpty(gs);
        Assert.All(yl, r => Assert.Equal(Schemes.EmployeePension, r.GetProperty("scheme").GetString()));
        Assert.All(gs, r => Assert.Equal(Schemes.WorkInjury, r.GetProperty("scheme").GetString()));
        Assert.Empty(await DueAsync("yl.review", "&scheme=work-injury"));
        Assert.Empty(await DueAsync("jb.review"));

        // The person page follows the same rule: 工伤 knows 张德山's certification, 养老 does not.
        async Task<JsonElement?> SectionAsync(string user)
        {
            var client = await App.ApiClientAsync(user);
            var found = await Json(await client.PostAsJsonAsync("/api/v1/persons/search", new { idNumber = Zhang }));
            var personId = found.GetProperty("items")[0].GetProperty("id").GetString();
            var person = await Json(await client.GetAsync($"/api/v1/persons/{personId}"));
            return person.GetProperty("sections").EnumerateArray().Where(s => s.GetProperty("key").GetString() == "certification").Select(s => (JsonElement?)s).FirstOrDefault();
        }
        Assert.StartsWith("已认证，下次", (await SectionAsync("gs.review"))!.Value.GetProperty("summary").GetString());
        Assert.Null(await SectionAsync("yl.review"));

        // The Excel export is a workbook.
        var excel = await (await App.ApiClientAsync("shunhe.clerk")).GetAsync("/api/v1/certifications/due.xlsx?bucket=due-this-month");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        var bytes = await excel.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task OverdueRetiree_Certified_AndApproved_LeavesTheOverdueList_DueTwelveMonthsOn()
    {
        Assert.Contains(await DueAsync("shunhe.clerk", "&bucket=overdue"), r => r.GetProperty("name").GetString() == "何国庆");
        var caseId = await SubmittedCertificationAsync(Li, "何国庆");

        // 工伤 reviewers do not even see 养老 certifications.
        var gs = await App.ApiClientAsync("gs.review");
        Assert.Equal(HttpStatusCode.NotFound, (await gs.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
        var yl = await App.ApiClientAsync("yl.review");
        Assert.Equal("approved", (await ActAsync(yl, caseId, "approve")).GetProperty("status").GetString());

        Assert.DoesNotContain(await DueAsync("shunhe.clerk", "&bucket=overdue"), r => r.GetProperty("name").GetString() == "何国庆");
        var record = await RecordAsync(Li, Schemes.EmployeePension);
        var expected = YearMonth.Of(TimeProvider.System.TodayInChina()).AddMonths(12).ToString();
        Assert.Equal(expected, record.NextDueMonth);
        Assert.Equal("visit", record.LastMethod);
        Assert.Contains("上门", record.LastPlace);

        // Next year's reviewer sees this year's photo beside the new one; the 工伤 reviewer does not.
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        PreviousPhotosHandler Photos(string name, string centre)
        {
            var user = new FixedCurrentUser("u-" + name, name, centre, [RoleNames.DistrictReviewer]);
            return new PreviousPhotosHandler(db, user, new CurrentScope(db, user));
        }
        var photos = await Photos("yl.review", "341504-YL").HandleAsync(Guid.NewGuid(), record.PersonId, "A1-02");
        Assert.Equal(caseId, Assert.Single(photos).CaseId.ToString());
        Assert.Empty(await Photos("gs.review", "341504-GS").HandleAsync(Guid.NewGuid(), record.PersonId, "A1-02"));
        Assert.Empty(await Photos("yl.review", "341504-YL").HandleAsync(Guid.Parse(caseId), record.PersonId, "A1-02"));
    }

    [Fact]
    public async Task Suspension_A2_10_PausesFromTheMonth_AndCertificationResumesWithBackPay()
    {
        var month = YearMonth.Of(TimeProvider.System.TodayInChina());
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var yl = await App.ApiClientAsync("yl.review");
        var pause = await CreateAsync(clerk, "A2-10", Wang, "马秀珍", new Dictionary<string, string>
        {
            ["pauseReason"] = "1201", ["pauseMonth"] = month.AddMonths(-2).ToString(), ["remarks"] = "外出务工未认证",
        });
        await UploadAsync(clerk, pause, "ID_CARD");
        await ActAsync(clerk, pause, "submit");
        await ActAsync(yl, pause, "approve");
        var paused = await RecordAsync(Wang, Schemes.EmployeePension);
        Assert.Equal(BenefitStatuses.Paused, paused.Status);
        Assert.Equal(month.AddMonths(-2).ToString(), paused.PausedFrom);
        Assert.Contains(await DueAsync("shunhe.clerk", "&bucket=paused"), r => r.GetProperty("name").GetString() == "马秀珍");

        // The certification offers the resumption and names the back-pay before approval.
        var certification = await SubmittedCertificationAsync(Wang, "马秀珍");
        var view = await yl.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{certification}");
        Assert.Contains("补发2个月，共 ¥3,974.30", view.GetRawText().Replace("\\u00A5", "¥", StringComparison.Ordinal), StringComparison.Ordinal);
        await ActAsync(yl, certification, "approve");

        var resumed = await RecordAsync(Wang, Schemes.EmployeePension);
        Assert.Equal(BenefitStatuses.Active, resumed.Status);
        Assert.Null(resumed.PausedFrom);
        var pauseRow = await WithDbAsync((db, _) => db.Set<BenefitPause>().AsNoTracking().SingleAsync(p => p.BeneficiaryId == resumed.Id));
        Assert.Equal(month.ToString(), pauseRow.ResumedMonth);
        Assert.Equal(2, pauseRow.BackPayMonths);
        Assert.Equal(3974.30m, pauseRow.BackPayAmount);
    }

    [Fact]
    public async Task SuggestedSuspensions_AreComputedForTheInjectedDay_AndPauseNobodyUntilConfirmed()
    {
        var reviewer = new FixedCurrentUser("u-yl", "yl.review", "341504-YL", [RoleNames.DistrictReviewer]);
        var later = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddMonths(8));
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var suggest = new SuggestSuspensionsHandler(db, reviewer, new CurrentScope(db, reviewer), later);
        var now = (await suggest.HandleAsync()).Value!;
        var todayList = (await new SuggestSuspensionsHandler(db, reviewer, new CurrentScope(db, reviewer), TimeProvider.System).HandleAsync()).Value!;
        Assert.True(now.Count > todayList.Count, "eight months on, more people are beyond the grace period");
        Assert.All(now, s => Assert.Equal(Schemes.EmployeePension, s.Scheme));
        var pick = now.First(s => s.Name is not ("何国庆" or "马秀珍"));
        var before = await db.Set<Beneficiary>().AsNoTracking().SingleAsync(b => b.Id == pick.BeneficiaryId);
        Assert.Equal(BenefitStatuses.Active, before.Status);   // suggesting changed nothing

        var confirm = new ConfirmSuspensionsHandler(db, reviewer, new CurrentScope(db, reviewer), new AuditTrail(db, reviewer, later), later);
        var report = await confirm.HandleAsync(new ConfirmSuspensionsCommand([pick.BeneficiaryId]));
        Assert.Equal(1, report.Value!.Paused);
        var after = await db.Set<Beneficiary>().AsNoTracking().SingleAsync(b => b.Id == pick.BeneficiaryId);
        Assert.Equal(BenefitStatuses.Paused, after.Status);
        Assert.Equal(PauseReasons.NotCertified, after.PauseReason);
        Assert.Equal(pick.SuggestedPauseMonth, after.PausedFrom);

        // Through the API: a 工伤 reviewer's suggestions are 工伤 only; a clerk may not run the job.
        var gs = await Json(await (await App.ApiClientAsync("gs.review")).PostAsJsonAsync("/api/v1/certifications/suspensions/suggested", new { graceMonths = 0 }));
        Assert.All(gs.EnumerateArray(), s => Assert.Equal(Schemes.WorkInjury, s.GetProperty("scheme").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.ApiClientAsync("shunhe.clerk")).PostAsJsonAsync("/api/v1/certifications/suspensions/suggested", new { })).StatusCode);
    }

    [Fact]
    public async Task Import_ReportsEveryBadLine_AndAppliesNothing_ThenAppliesAGoodFile()
    {
        var someone = await UnlistedPersonAsync(0);
        var header = ImportBeneficiariesHandler.Header + "\n";
        var bad = header
            + $"{someone.Id},{someone.Name},企业职工,退休人员,基本养老金,,,,2100.00,2025-10-08,经办机构,顺河社区\n"   // 2: fine
            + "341504195807120042,某某,企业职工,退休人员,基本养老金,,,,2100.00,2025-10-08,经办机构,顺河社区\n"          // 3: check digit
            + $"{UnregisteredId()},赵无名,企业职工,退休人员,基本养老金,,,,2100.00,,,\n"                                   // 4: not registered
            + $"{Zhang},张德山,工伤,工伤职工,伤残津贴,5,,,3120.00,2025-06-01,经办机构,五楼村\n"                            // 5: not the 养老 centre's list
            + $"{someone.Id},{someone.Name},企业职工\n"                                                                   // 6: columns
            + $"{someone.Id},{someone.Name},企业职工,退休人员,基本养老金,,,,2100.00,2025-10-08,经办机构,顺河社区\n"        // 7: duplicate of 2
            + $"{someone.Id},别人,企业职工,退休人员,基本养老金,,,,abc,2099-01-01,飞鸽,顺河社区\n";                        // 8: name, amount
        var yl = await App.ApiClientAsync("yl.review");
        var report = await Json(await yl.PostAsync("/api/v1/certifications/import", Csv(bad)));
        Assert.False(report.GetProperty("applied").GetBoolean());
        Assert.Equal([3, 4, 5, 6, 7, 8], report.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()));
        Assert.Contains("未在本平台登记", report.GetProperty("errors")[1].GetProperty("message").GetString());
        Assert.False(await WithDbAsync((db, crypto) => db.Set<Beneficiary>().AnyAsync(b => b.IdNumberMasked == Masking.IdNumber(someone.Id) && b.Name == someone.Name)));

        // A survivor on the 工伤 list: the deceased worker and relationship are required and kept.
        var gs = await App.ApiClientAsync("gs.review");
        var noWorker = await Json(await gs.PostAsync("/api/v1/certifications/import", Csv(header + $"{someone.Id},{someone.Name},工伤,供养亲属,供养亲属抚恤金,,,,1500.00,2026-01-31,自助终端,\n")));
        Assert.Equal(2, noWorker.GetProperty("errors")[0].GetProperty("line").GetInt32());
        var good = await Json(await gs.PostAsync("/api/v1/certifications/import", Csv(header + $"{someone.Id},{someone.Name},工伤,供养亲属,供养亲属抚恤金,,王建国,配偶,1500.00,2024-02-29,自助终端,\n")));
        Assert.True(good.GetProperty("applied").GetBoolean());
        Assert.Equal(1, good.GetProperty("added").GetInt32());
        var record = await RecordAsync(someone.Id, Schemes.WorkInjury);
        Assert.Equal("2025-02", record.NextDueMonth);
        Assert.Equal("王建国", record.DeceasedWorkerName);
        Assert.Equal(SubjectTypes.Dependant, record.SubjectType);
    }

    [Fact]
    public async Task DeathRecords_MatchPeopleStillReceiving_AndTheFollowUpTerminatesOrConfirms()
    {
        var (target, targetId) = await WithDbAsync(async (db, crypto) =>
        {
            var b = await db.Set<Beneficiary>().AsNoTracking().Where(b => b.Scheme == Schemes.WorkInjury && b.Status == BenefitStatuses.Active && b.Name != "张德山").OrderBy(b => b.Id).FirstAsync();
            var p = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == b.PersonId);
            return (b, crypto.Decrypt(p.IdNumberCipher));
        });
        var unlisted = await UnlistedPersonAsync(1);
        var died = TimeProvider.System.TodayInChina().AddDays(-45);
        var admin = await App.ApiClientAsync("admin");
        var bad = await Json(await admin.PostAsync("/api/v1/certifications/deaths/import", Csv($"身份证号码,姓名,死亡日期,来源\n{targetId},{target.Name},2026/01/01,民政\n")));
        Assert.Equal(2, bad.GetProperty("errors")[0].GetProperty("line").GetInt32());
        // A source given past a header without 来源 is refused, not dropped.
        var sourceless = await Json(await admin.PostAsync("/api/v1/certifications/deaths/import", Csv($"身份证号码,姓名,死亡日期\n{targetId},{target.Name},{died:yyyy-MM-dd},民政\n")));
        Assert.Contains("来源", sourceless.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var csv = $"身份证号码,姓名,死亡日期,来源\n{targetId},{target.Name},{died:yyyy-MM-dd},民政\n{unlisted.Id},{unlisted.Name},{died:yyyy-MM-dd},卫健\n{UnregisteredId()},赵无名,{died:yyyy-MM-dd},民政\n";
        var report = await Json(await admin.PostAsync("/api/v1/certifications/deaths/import", Csv(csv)));
        Assert.Equal(1, report.GetProperty("listed").GetInt32());
        Assert.Equal(1, report.GetProperty("notRegistered").GetInt32());
        Assert.Equal(1, report.GetProperty("notReceiving").GetInt32());
        // Importing the same file again lists nobody twice.
        Assert.Equal(1, (await Json(await admin.PostAsync("/api/v1/certifications/deaths/import", Csv(csv)))).GetProperty("alreadyListed").GetInt32());

        var gs = await App.ApiClientAsync("gs.review");
        var row = (await Json(await gs.GetAsync("/api/v1/certifications/deaths"))).EnumerateArray().Single(r => r.GetProperty("personId").GetGuid() == target.PersonId);
        var yl = await App.ApiClientAsync("yl.review");
        Assert.DoesNotContain((await Json(await yl.GetAsync("/api/v1/certifications/deaths"))).EnumerateArray(), r => r.GetProperty("personId").GetGuid() == target.PersonId);
        var rowId = row.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await yl.PostAsJsonAsync($"/api/v1/certifications/deaths/{rowId}/resolve", new { outcome = "deceased" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await gs.PostAsJsonAsync($"/api/v1/certifications/deaths/{rowId}/resolve", new { outcome = "alive" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await gs.PostAsJsonAsync($"/api/v1/certifications/deaths/{rowId}/resolve", new { outcome = "deceased", remarks = "火化证明已核" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await gs.PostAsJsonAsync($"/api/v1/certifications/deaths/{rowId}/resolve", new { outcome = "alive", remarks = "再次" })).StatusCode);

        var after = await WithDbAsync((db, _) => db.Set<Beneficiary>().AsNoTracking().SingleAsync(b => b.Id == target.Id));
        Assert.Equal(BenefitStatuses.Terminated, after.Status);
        Assert.Equal(YearMonth.Of(died).AddMonths(1).ToString(), after.TerminatedFrom);
        Assert.DoesNotContain(await DueAsync("gs.review"), r => r.GetProperty("id").GetGuid() == target.Id);
    }
}
