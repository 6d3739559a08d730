using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.Queries;
using Shebao.Core.Modules.Queries.Catalogue;
using Shebao.Tests.Support;
using UglyToad.PdfPig;

namespace Shebao.Tests.Modules.Queries;

/// <summary>
/// The queries API as the pension and 机关保 tests drive it: run an item, print it, import a dataset file; and the
/// demo files (the embedded Demo/*.csv) to build good and bad import files from.
/// </summary>
public static class PensionQueryKit
{
    public static readonly IReadOnlyList<DatasetDefinition> Datasets = [.. new PensionQueries().Datasets, .. new OrganQueries().Datasets];

    public static async Task<(HttpStatusCode Status, JsonElement Body)> RunAsync(HttpClient client, string item, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/queries/{item}", body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Runs the item and requires 200.</summary>
    public static async Task<JsonElement> OkAsync(HttpClient client, string item, object body)
    {
        var (status, json) = await RunAsync(client, item, body);
        Assert.True(status == HttpStatusCode.OK, $"{item}: {status} {json}");
        return json;
    }

    /// <summary>Prints the item (200 and a PDF required); returns the proof number and the PDF's text without spaces or thousands separators.</summary>
    public static async Task<(string ProofNumber, string Text)> PdfAsync(HttpClient client, string item, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/queries/{item}/pdf", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{item}/pdf: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var proof = Assert.Single(response.Headers.GetValues("X-Proof-Number"));
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        return (proof, text);
    }

    /// <summary>The print carries the masked ID (never the full one), the proof number, every <paramref name="present"/> text and none of <paramref name="absent"/>.</summary>
    public static async Task PrintAsync(HttpClient client, string item, string idNumber, string? from, string? to, string[] present, string[] absent)
    {
        var (proof, text) = await PdfAsync(client, item, new { idNumber, from, to });
        Assert.Contains(Masked(idNumber), text, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, text, StringComparison.Ordinal);
        Assert.Contains(proof, text, StringComparison.Ordinal);
        Assert.All(present, p => Assert.Contains(p, text, StringComparison.Ordinal));
        Assert.All(absent, a => Assert.DoesNotContain(a, text, StringComparison.Ordinal));
    }

    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string dataset, string csv, string fileName = "import.csv")
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", fileName } };
        return await client.PostAsync($"/api/v1/queries/datasets/{dataset}/import", form);
    }

    public static JsonElement[] Rows(JsonElement body) => [.. body.GetProperty("rows").EnumerateArray()];

    /// <summary>The value of a field in a table row ("" when absent).</summary>
    public static string Cell(JsonElement row, string key) =>
        row.TryGetProperty(key, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString()! : v.ToString() : "";

    public static JsonElement RowWhere(JsonElement body, string key, string value) => Assert.Single(Rows(body), r => Cell(r, key) == value);

    /// <summary>Every string in the rows and the header lines (Composition results list label/value pairs; the test only needs to find them).</summary>
    public static List<string> Values(JsonElement body)
    {
        var all = new List<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Walk(p.Value); break;
                case JsonValueKind.Array: foreach (var x in e.EnumerateArray()) Walk(x); break;
                case JsonValueKind.String: all.Add(e.GetString()!); break;
                case JsonValueKind.Number: all.Add(e.ToString()); break;
                default: break;
            }
        }
        Walk(body.GetProperty("rows"));
        if (body.TryGetProperty("header", out var header)) Walk(header);
        return all;
    }

    /// <summary>A Composition or Sheet result has a line (row) naming <paramref name="label"/> with <paramref name="value"/>.</summary>
    public static void HasLine(JsonElement body, string label, string value)
    {
        var rows = Rows(body);
        var sheet = rows.Length == 1 && !rows[0].EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == label);
        if (sheet)
        {
            // One record: the column labelled `label` carries the value.
            var key = body.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("label").GetString() == label).GetProperty("key").GetString()!;
            Assert.Equal(value, Cell(rows[0], key));
            return;
        }
        Assert.Contains(rows, r =>
        {
            var strings = r.EnumerateObject().Select(p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.ToString()).ToList();
            return strings.Contains(label) && strings.Contains(value);
        });
    }

    // ----- demo files -----

    public static (string[] Header, List<string[]> Lines) DemoFile(string dataset)
    {
        using var stream = typeof(PensionQueries).Assembly.GetManifestResourceStream($"Shebao.queries.{dataset}.csv")
            ?? throw new InvalidOperationException($"No demo file for {dataset}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToList();
        return (lines[0], lines.Skip(1).ToList());
    }

    /// <summary>The demo rows (of one subject, or all) as label → value maps.</summary>
    public static List<Dictionary<string, string>> DemoRows(string dataset, string? idNumber = null)
    {
        var (header, lines) = DemoFile(dataset);
        return [.. lines.Where(l => idNumber is null || l.Contains(idNumber)).Select(l => header.Zip(l).ToDictionary(p => p.First, p => p.Second))];
    }

    /// <summary>
    /// An import file built on the subject's last demo row: line 2 is good (a changed amount that must not be applied),
    /// then one bad line of each kind the dataset has: a wrong check digit, an impossible month/year/date, a non-numeric
    /// amount, a missing name, and an unknown option. Returns the lines that must be reported.
    /// </summary>
    public static (string Csv, int[] BadLines) MalformedFile(string dataset, string idNumber)
    {
        var def = Datasets.Single(d => d.Code == dataset);
        var (header, _) = DemoFile(dataset);
        var row = DemoRows(dataset, idNumber)[^1];
        Dictionary<string, string> With(string label, string value) => new(row) { [label] = value };
        var money = def.Fields.First(f => f.Type == FieldType.Money).Label;
        var when = def.Fields.First(f => f.Type is FieldType.Month or FieldType.Year or FieldType.Date);
        List<Dictionary<string, string>> lines =
        [
            With(money, "9999.99"),
            With(def.Field(def.SubjectField).Label, WrongCheckDigit(idNumber)),
            With(when.Label, when.Type switch { FieldType.Month => "2026-13", FieldType.Year => "20X5", _ => "2026-02-30" }),
            With(money, "12元3角"),
            With(def.Field(def.NameField!).Label, ""),
        ];
        if (def.Fields.FirstOrDefault(f => f.Type == FieldType.Code) is { } code) lines.Add(With(code.Label, "不存在的选项"));
        return (Csv(header, lines), [.. Enumerable.Range(3, lines.Count - 1)]);
    }

    /// <summary>Imports the subject's last demo row again with one value changed: it replaces the row (no duplicate).</summary>
    public static async Task ReplaceAsync(TestApp app, string dataset, string item, string idNumber, string label, string value)
    {
        var reviewer = await app.ApiClientAsync("yl.review");
        var before = await OkAsync(reviewer, item, new { idNumber });
        Assert.DoesNotContain(value, Values(before));
        var (header, _) = DemoFile(dataset);
        var response = await ImportAsync(reviewer, dataset, Csv(header, [new Dictionary<string, string>(DemoRows(dataset, idNumber)[^1]) { [label] = value }]));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var result = JsonDocument.Parse(text).RootElement;
        Assert.Equal((1, 1), (result.GetProperty("rows").GetInt32(), result.GetProperty("replaced").GetInt32()));
        var after = await OkAsync(reviewer, item, new { idNumber });
        Assert.Equal(Rows(before).Length, Rows(after).Length);
        Assert.Contains(value, Values(after));
    }

    /// <summary>The malformed file is refused as a whole, every bad line is reported, and the item still shows exactly the old rows.</summary>
    public static async Task RefusedAsync(TestApp app, string dataset, string item, string idNumber)
    {
        var reviewer = await app.ApiClientAsync("yl.review");
        var before = await OkAsync(reviewer, item, new { idNumber });
        var (csv, badLines) = MalformedFile(dataset, idNumber);
        var response = await ImportAsync(reviewer, dataset, csv);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, text);
        var reported = JsonDocument.Parse(text).RootElement.GetProperty("lines").EnumerateArray().ToList();
        Assert.All(reported, l => Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("message").GetString())));
        Assert.Equal(badLines, reported.Select(l => l.GetProperty("line").GetInt32()).Distinct().Order());
        var after = await OkAsync(reviewer, item, new { idNumber });
        Assert.Equal(before.GetProperty("rows").GetRawText(), after.GetProperty("rows").GetRawText());
    }

    public static string Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        static string Quote(string v) => v.Contains(',') || v.Contains('"') ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
        var sb = new StringBuilder().Append(string.Join(',', header.Select(Quote))).Append('\n');
        foreach (var r in rows) sb.Append(string.Join(',', header.Select(h => Quote(r[h])))).Append('\n');
        return sb.ToString();
    }

    /// <summary>The ID with a wrong check character.</summary>
    public static string WrongCheckDigit(string id)
    {
        var good = IdNumber.CheckChar(id.AsSpan(0, 17));
        return id[..17] + (good == '1' ? '2' : '1');
    }

    public static string Masked(string id) => Masking.IdNumber(id);
}
