using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Shebao.Tests.Support;

/// <summary>The cases API as a clerk's client drives it: accept with an Idempotency-Key, scan materials.</summary>
public static class CaseApi
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient clerk, string item, string idNumber, string name, object form, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = JsonContent.Create(new { itemCode = item, idNumber, name, form }) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        return await clerk.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient clerk, string caseId, string material, byte[]? bytes = null, string fileName = "scan.png")
    {
        using var form = new MultipartFormDataContent { { new StringContent(material), "materialCode" }, { new ByteArrayContent(bytes ?? Scans.Png()), "file", fileName } };
        return await clerk.PostAsync($"/api/v1/cases/{caseId}/attachments", form);
    }

    /// <summary>Accepts the case (201 required) and uploads each material (201 required); returns the case id.</summary>
    public static async Task<string> AcceptAsync(HttpClient clerk, string item, string idNumber, string name, object form, params string[] materials)
    {
        var created = await PostAsync(clerk, item, idNumber, name, form);
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("case").GetProperty("id").GetString()!;
        foreach (var m in materials)
        {
            var uploaded = await UploadAsync(clerk, id, m);
            Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        }
        return id;
    }
}
