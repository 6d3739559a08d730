using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Shebao.Tests.Modules.Queries;

/// <summary>The queries API as the 征缴 and 就业 query tests drive it: run an item, print it, import a dataset file.</summary>
internal static partial class QueryCalls
{
    public sealed record Printed(string Text, string ProofNumber);

    public static async Task<JsonElement> RunAsync(HttpClient client, string item, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/queries/{item}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{item}: {(int)response.StatusCode} {text}");
        Assert.False(FullIdentifier().IsMatch(text), $"{item}: a full identifier in {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>An unmasked ID number or bank account: a run of 12 or more digits (not the tail of a code such as a 征集流水号).</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{12,}")]
    private static partial Regex FullIdentifier();

    public static async Task<HttpStatusCode> StatusAsync(HttpClient client, string item, object body) =>
        (await client.PostAsJsonAsync($"/api/v1/queries/{item}", body)).StatusCode;

    public static List<JsonElement> Rows(JsonElement result) => [.. result.GetProperty("rows").EnumerateArray()];

    public static string Value(JsonElement row, string key) => row.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null ? v.ToString() : "";

    public static string Total(JsonElement result, string key) => Value(result.GetProperty("totals"), key);

    /// <summary>A header line printed above the table (e.g. 缴费期限), as shown.</summary>
    public static string Header(JsonElement result, string label) =>
        result.GetProperty("header").EnumerateArray().Where(h => h.GetProperty("label").GetString() == label).Select(h => h.GetProperty("value").GetString()).SingleOrDefault() ?? "";

    /// <summary>The page 查询打印 for an item, its form posted as a clerk would (parameters in the body): 200 and the HTML.</summary>
    public static async Task<string> PageAsync(Support.TestApp app, string user, string item, Dictionary<string, string> form)
    {
        var client = await app.PageClientAsync(user);
        var response = await Support.TestApp.PostFormAsync(client, $"/Queries/Run?item={item}", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{item} page: {(int)response.StatusCode}");
        return html;
    }

    /// <summary>The printed PDF's text (PdfPig) and its proof number.</summary>
    public static async Task<Printed> PrintAsync(HttpClient client, string item, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/queries/{item}/pdf", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{item}/pdf: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var proof = Assert.Single(response.Headers.GetValues("X-Proof-Number"));
        Assert.False(string.IsNullOrWhiteSpace(proof));
        using var document = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return new Printed(string.Concat(document.GetPages().Select(p => p.Text)), proof);
    }

    /// <summary>An amount as the print may show it: with or without thousands separators.</summary>
    public static void HasAmount(string text, decimal amount) =>
        Assert.True(text.Contains(amount.ToString("#,##0.00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            || text.Contains(amount.ToString("0.00", CultureInfo.InvariantCulture), StringComparison.Ordinal), $"{amount} not printed");

    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string dataset, params string[] lines)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n")), "file", $"{dataset}.csv" },
        };
        return await client.PostAsync($"/api/v1/queries/datasets/{dataset}/import", form);
    }

    /// <summary>Imports a good file (200 required) and returns how many existing rows it replaced.</summary>
    public static async Task<int> ImportGoodAsync(HttpClient client, string dataset, params string[] lines)
    {
        var response = await ImportAsync(client, dataset, lines);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{dataset}: {(int)response.StatusCode} {text}");
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(lines.Length - 1, body.GetProperty("rows").GetInt32());
        return body.GetProperty("replaced").GetInt32();
    }

    /// <summary>
    /// Imports a file with bad lines: 422, each bad line (1 = the header) reported with a message, the good line not, and
    /// the probe query answers exactly as before.
    /// </summary>
    public static async Task RefusedAsync(HttpClient importer, string dataset, HttpClient reader, string item, object probe, int[] badLines, params string[] lines)
    {
        var before = (await RunAsync(reader, item, probe)).GetProperty("rows").GetRawText();
        var response = await ImportAsync(importer, dataset, lines);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{dataset}: {(int)response.StatusCode} {text}");
        var reported = JsonDocument.Parse(text).RootElement.GetProperty("lines").EnumerateArray().ToList();
        Assert.All(reported, l => Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("message").GetString())));
        var numbers = reported.Select(l => l.GetProperty("line").GetInt32()).Distinct().Order().ToArray();
        Assert.Equal(badLines.Order().ToArray(), numbers);
        Assert.Equal(before, (await RunAsync(reader, item, probe)).GetProperty("rows").GetRawText());
    }
}
