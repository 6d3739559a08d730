using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Api;

/// <summary>人员名册导入 (issue 14 §2): template, all-or-nothing, updates with history, dry run, the progress resource, roles.</summary>
[Trait("Category", "Db")]
public sealed class PersonImportApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Shunhe = "341504001003";
    private const string Header = "公民身份号码,姓名,村（社区）代码,组,地址,联系电话,开户银行,银行账号,户口性质,参保身份,参保状态,缴费状态";
    private static int next = Random.Shared.Next(0, 400_000);
    private TestApp App => fixture.App;

    /// <summary>A valid ID number no other test and no demo person uses (area 130102: the demo generator draws 341522 and its neighbours, never it).</summary>
    private static string NewId()
    {
        var n = Interlocked.Increment(ref next);
        var first17 = $"130102{new DateOnly(1950, 1, 1).AddDays(n % 18_000):yyyyMMdd}{n % 1000:D3}";
        return first17 + IdNumber.CheckChar(first17);
    }

    private static string Line(string id, string name = "测试人", string phone = "13800001234", string address = "顺河社区一组") =>
        $"{id},{name},{Shunhe},一组,{address},{phone},农业银行,6228480000123456789,1,011,1,1";

    private static MultipartFormDataContent File(string text, string name = "persons.csv") =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", name } };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<int> FoundAsync(HttpClient reviewer, string idNumber) =>
        (await JsonAsync(await reviewer.PostAsJsonAsync("/api/v1/persons/search", new { idNumber }))).GetProperty("total").GetInt32();

    [Fact]
    public async Task Template_RoundTrip_Imports_Encrypted_Indexed_And_Masked()
    {
        var api = await App.ApiClientAsync("jb.review");
        var template = await api.GetAsync("/api/v1/persons/import/template.csv");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var header = Encoding.UTF8.GetString(await template.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').TrimEnd();
        Assert.StartsWith("公民身份号码*,姓名*", header, StringComparison.Ordinal);
        var (a, b) = (NewId(), NewId());
        var response = await api.PostAsync("/api/v1/persons/import", File($"{header}\r\n{Line(a)}\r\n{Line(b, "李四")}\r\n"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var import = JsonDocument.Parse(body).RootElement;
        Assert.Equal("succeeded", import.GetProperty("status").GetString());
        Assert.Equal(2, import.GetProperty("counts").GetProperty("new").GetInt32());

        Assert.Equal(1, await FoundAsync(api, a));
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        var found = await JsonAsync(await clerk.PostAsJsonAsync("/api/v1/persons/search", new { idNumber = b }));
        Assert.Equal("李*", found.GetProperty("items")[0].GetProperty("nameMasked").GetString());
        var detail = await clerk.GetStringAsync($"/api/v1/persons/{found.GetProperty("items")[0].GetProperty("id").GetString()}");
        Assert.DoesNotContain(b, detail, StringComparison.Ordinal);
        Assert.DoesNotContain("13800001234", detail, StringComparison.Ordinal);
        Assert.Contains("138****1234", detail, StringComparison.Ordinal);

        // Stored as ciphertext with the blind index, like every other person.
        var stored = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Persons.AsNoTracking().SingleAsync(p => p.IdNumberMasked == Masking.IdNumber(a) && p.Name == "测试人"));
        Assert.DoesNotContain(a, stored.IdNumberCipher, StringComparison.Ordinal);
        Assert.Equal("1", stored.ResidentInsuredStatus);
    }

    [Fact]
    public async Task A_Bad_Line_Imports_Nothing_And_Every_Bad_Line_Is_Named()
    {
        var api = await App.ApiClientAsync("admin");
        var (good, bad) = (NewId(), NewId());
        var wrongCheck = bad[..17] + (bad[17] == '1' ? "2" : "1");
        var file = $"{Header}\n{Line(good)}\n{Line(wrongCheck)}\n{Line(NewId()).Replace(Shunhe, "341504999999", StringComparison.Ordinal)}\n{Line(good)}\n";
        var response = await api.PostAsync("/api/v1/persons/import", File(file));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal("failed", body.GetProperty("status").GetString());
        var errors = body.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("message").GetString()!)).ToList();
        Assert.Equal([3, 4, 5], errors.Select(e => e.Item1));
        Assert.Contains("校验位", errors[0].Item3, StringComparison.Ordinal);
        Assert.Equal("村（社区）代码", errors[1].Item2);
        Assert.Contains("与第2行重复", errors[2].Item3, StringComparison.Ordinal);
        Assert.Equal(0, await FoundAsync(await App.ApiClientAsync("jb.review"), good));

        var header = await api.PostAsync("/api/v1/persons/import", File($"身份证,姓名\n{Line(good)}\n"));
        Assert.Contains("表头缺少必填列", (await JsonAsync(header)).GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var gbk = await api.PostAsync("/api/v1/persons/import", new MultipartFormDataContent { { new ByteArrayContent([0xD0, 0xD5, 0xC3, 0xFB, 0x0A]), "file", "gbk.csv" } });
        Assert.Contains("UTF-8", (await JsonAsync(gbk)).GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Existing_Persons_Are_Updated_With_Their_History_Naming_The_Import()
    {
        var api = await App.ApiClientAsync("jb.review");
        var (id, other) = (NewId(), NewId());
        (await api.PostAsync("/api/v1/persons/import", File($"{Header}\n{Line(id)}\n{Line(other)}\n"))).EnsureSuccessStatusCode();
        var second = await api.PostAsync("/api/v1/persons/import", File($"{Header}\n{Line(id, phone: "13900005678", address: "顺河社区二组")}\n{Line(other)}\n{Line(NewId())}\n", "第二批.csv"));
        var body = await JsonAsync(second);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(3, (await (await App.ApiClientAsync("admin")).GetFromJsonAsync<JsonElement>($"/api/v1/imports/{body.GetProperty("id").GetString()}")).GetProperty("total").GetInt32());
        Assert.Equal((1, 1, 1), (body.GetProperty("counts").GetProperty("new").GetInt32(), body.GetProperty("counts").GetProperty("changed").GetInt32(), body.GetProperty("counts").GetProperty("unchanged").GetInt32()));

        var found = await JsonAsync(await api.PostAsJsonAsync("/api/v1/persons/search", new { idNumber = id }));
        var detail = await api.GetStringAsync($"/api/v1/persons/{found.GetProperty("items")[0].GetProperty("id").GetString()}");
        var history = JsonDocument.Parse(detail).RootElement.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("kind").GetString() == "import");
        Assert.Contains("第二批.csv", history.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("138****1234", history.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("139****5678", history.GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.Contains("顺河社区二组", history.GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("13900005678", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Dry_Run_Counts_Without_Changing_Then_Its_File_Is_Imported_On_Confirmation()
    {
        var api = await App.ApiClientAsync("jb.review");
        var (known, fresh) = (NewId(), NewId());
        (await api.PostAsync("/api/v1/persons/import", File($"{Header}\n{Line(known)}\n"))).EnsureSuccessStatusCode();
        var dry = await JsonAsync(await api.PostAsync("/api/v1/persons/import?dryRun=true", File($"{Header}\n{Line(known, name: "改名")}\n{Line(fresh)}\n")));
        Assert.True(dry.GetProperty("dryRun").GetBoolean());
        Assert.Equal((1, 1, 0), (dry.GetProperty("counts").GetProperty("new").GetInt32(), dry.GetProperty("counts").GetProperty("changed").GetInt32(), dry.GetProperty("counts").GetProperty("unchanged").GetInt32()));
        Assert.Equal(0, await FoundAsync(api, fresh));

        var commit = await api.PostAsync($"/api/v1/imports/{dry.GetProperty("id").GetString()}/commit", null);
        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        var committed = await JsonAsync(commit);
        Assert.False(committed.GetProperty("dryRun").GetBoolean());
        Assert.Equal(1, await FoundAsync(api, fresh));
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/v1/imports/{committed.GetProperty("id").GetString()}/commit", null)).StatusCode);
    }

    [Fact]
    public async Task A_Large_File_Runs_In_The_Background_And_Reports_Progress()
    {
        var api = await App.ApiClientAsync("admin");
        var csv = new StringBuilder(Header).Append('\n');
        var ids = Enumerable.Range(0, 11_000).Select(_ => NewId()).ToList();
        foreach (var id in ids) csv.Append(Line(id, address: "安徽省六安市叶集区史河街道顺河社区第一村民组幸福路十八号")).Append('\n');
        var response = await api.PostAsync("/api/v1/persons/import", File(csv.ToString()));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        JsonElement state;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(200);
            state = await api.GetFromJsonAsync<JsonElement>(location);
            Assert.True(state.GetProperty("processed").GetInt32() <= Math.Max(state.GetProperty("total").GetInt32(), 0));
        }
        while (state.GetProperty("status").GetString() is "queued" or "running" && watch.Elapsed < TimeSpan.FromMinutes(2));
        Assert.Equal("succeeded", state.GetProperty("status").GetString());
        Assert.Equal(ids.Count, state.GetProperty("total").GetInt32());
        Assert.Equal(ids.Count, state.GetProperty("processed").GetInt32());
        Assert.Equal(ids.Count, state.GetProperty("counts").GetProperty("new").GetInt32());
        Assert.Equal(1, await FoundAsync(await App.ApiClientAsync("jb.review"), ids[^1]));
    }

    [Fact]
    public async Task An_Excel_Workbook_Imports_Too()
    {
        var api = await App.ApiClientAsync("jb.review");
        var id = NewId();
        var stream = new MemoryStream();
        stream.SaveAs(new[] { Header.Split(',').Zip(Line(id).Split(',')).ToDictionary(p => p.First, p => (object)p.Second) });
        var response = await api.PostAsync("/api/v1/persons/import", new MultipartFormDataContent { { new ByteArrayContent(stream.ToArray()), "file", "persons.xlsx" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await FoundAsync(api, id));
    }

    [Fact]
    public async Task Village_Clerks_Are_Refused_And_Imports_Are_Not_Found_By_Guessing()
    {
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync("/api/v1/persons/import", File($"{Header}\n{Line(NewId())}\n"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/api/v1/imports/{Guid.NewGuid()}")).StatusCode);
        var admin = await App.ApiClientAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/imports/{Guid.NewGuid()}")).StatusCode);
        var done = await JsonAsync(await admin.PostAsync("/api/v1/persons/import", File($"{Header}\n{Line(NewId())}\n")));
        var state = await (await App.ApiClientAsync("jb.review")).GetFromJsonAsync<JsonElement>($"/api/v1/imports/{done.GetProperty("id").GetString()}");
        Assert.Equal("succeeded", state.GetProperty("status").GetString());
        Assert.Equal(1, state.GetProperty("processed").GetInt32());
    }
}
