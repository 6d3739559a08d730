using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Queries;

/// <summary>Centres send Excel as often as CSV: an .xlsx import is checked line by line like a CSV, and a result exports to .xlsx.</summary>
[Trait("Category", "Db")]
public sealed class ExcelImportExportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;
    private static readonly string Unknown = "34150419520506001" + Shebao.Core.Modules.Persons.IdNumber.CheckChar("34150419520506001");
    private static readonly string WrongCheckDigit = "34150419520506001" + (Unknown[^1] == '0' ? '1' : '0');

    private static Dictionary<string, object?> Row(string id, string period, object net) => new()
    {
        ["公民身份号码"] = id, ["姓名"] = "测试甲", ["费款所属期"] = period, ["实付年月"] = period, ["支付标志"] = "已支付",
        ["基础养老金"] = 1000m, ["个人账户养老金"] = 300m, ["过渡性养老金"] = 100m, ["过渡性调节金"] = 0m, ["历年调整增加额"] = 200m,
        ["其他补贴"] = 0m, ["补发金额"] = 0m, ["应发合计"] = 1600m, ["代扣"] = 0m, ["实发"] = net,
    };

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient api, IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows.ToList());
        using var form = new MultipartFormDataContent { { new ByteArrayContent(stream.ToArray()), "file", "payments.xlsx" } };
        return await api.PostAsync("/api/v1/queries/datasets/retiree-payments/import", form);
    }

    [Fact]
    public async Task An_Excel_File_With_A_Bad_Row_Changes_Nothing_And_Names_The_Row()
    {
        var api = await App.ApiClientAsync("yl.review");
        var bad = await ImportAsync(api, [Row(Unknown, "2026-01", 1600m), Row(Unknown, "2026-02", "一千六"), Row(WrongCheckDigit, "2026-03", 1600m)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var lines = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines").EnumerateArray().ToList();
        // Row 1 of the sheet is the header: the second and third data rows are lines 3 and 4.
        Assert.Contains(lines, l => l.GetProperty("line").GetInt32() == 3 && l.GetProperty("column").GetString() == "实发");
        Assert.Contains(lines, l => l.GetProperty("line").GetInt32() == 4 && l.GetProperty("message").GetString()!.Contains("校验位"));
        Assert.DoesNotContain(lines, l => l.GetProperty("line").GetInt32() == 2);
        var query = await api.PostAsJsonAsync("/api/v1/queries/A2-08", new { idNumber = Unknown });
        Assert.Equal(HttpStatusCode.NotFound, query.StatusCode);

        var good = await ImportAsync(api, [Row(Unknown, "2026-01", 1600m), Row(Unknown, "2026-02", 1600m)]);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var result = await (await api.PostAsJsonAsync("/api/v1/queries/A2-08", new { idNumber = Unknown })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["2026-01", "2026-02"], result.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("period").GetString()));
        Assert.Equal("3200.00", result.GetProperty("totals").GetProperty("netPay").GetString());
    }

    [Fact]
    public async Task A_Result_Exports_To_Excel_With_Numbers_And_Masked_Identifiers()
    {
        var api = await App.ApiClientAsync("shunhe.clerk");
        var response = await api.PostAsJsonAsync("/api/v1/queries/A2-08", new { idNumber = "34150419580916091X", from = "2026-01", to = "2026-03" });
        var expected = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").GetArrayLength();
        var xlsx = await api.PostAsJsonAsync("/api/v1/queries/A2-08/xlsx", new { idNumber = "34150419580916091X", from = "2026-01", to = "2026-03" });
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(expected + 1, rows.Count); // the months and the 合计 row
        Assert.Equal("合计", rows[^1]["费款所属期"]);
        Assert.IsType<double>(rows[0]["实发"]);
        Assert.Equal(3, expected);
    }
}
