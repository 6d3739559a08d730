using Shebao.Core.Platform.Security;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Proofs;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Pdf;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Proofs;

/// <summary>A generous check limit: this class makes about twenty checks within a minute from one address.</summary>
public sealed class ProofsFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await TestApp.StartAsync(settings: [new("Security:ProofVerificationsPerMinute", "1000")]);

    public async Task DisposeAsync() => await App.DisposeAsync();
}

[Trait("Category", "Db")]
public sealed partial class ProofVerificationTests(ProofsFixture fixture) : IClassFixture<ProofsFixture>
{
    private const string Summary = "王*兰（341504********0027）2026年10月 实发 3,456.78元";
    private TestApp App => fixture.App;

    /// <summary>Issues a proof as a 顺河社区 clerk at the clock's time and saves it; the clock defaults to the real one.</summary>
    private Task<IssuedProof> IssueAsync(TimeProvider? clock = null, int validDays = 90, ICurrentUser? user = null) =>
        App.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var actor = sp.GetRequiredService<ICurrentUser>();
            var issuer = new ProofIssuer(db, actor, new CurrentScope(db, actor), sp.GetRequiredService<ICryptoProvider>(), clock ?? TimeProvider.System, sp.GetRequiredService<ProofOptions>());
            var proof = await issuer.IssueAsync(new ProofRequest("A2-11", "企业职工基本养老金发放明细", Summary, "王秀兰|341504196503150027|2026-10|3456.78", validDays));
            await db.SaveChangesAsync();
            return proof;
        }, user ?? TestUsers.VillageClerk());

    private async Task<string> VerifyApiAsync(string number, string? code)
    {
        var response = await App.Client().GetAsync($"/api/v1/proofs/{Uri.EscapeDataString(number)}?code={Uri.EscapeDataString(code ?? "")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Issue_RecordsTheProof_WithoutTheCode()
    {
        var proof = await IssueAsync();
        Assert.Matches(NumberShape(), proof.Number);
        Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$", proof.Code);
        Assert.Equal("叶集区史河街道顺河社区居委会", proof.IssuerName);
        Assert.Equal($"http://127.0.0.1:5000/verify?no={proof.Number}&code={proof.Code}", proof.VerifyUrl);
        Assert.Equal(proof.IssuedAt.AddDays(90), proof.ExpiresAt);
        var row = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Proof>().AsNoTracking().SingleAsync(p => p.Number == proof.Number));
        Assert.Equal(("A2-11", Summary, "341504001003", "village.test"), (row.Type, row.SubjectSummary, row.IssuerOrgUnitCode, row.IssuedBy));
        Assert.DoesNotContain(proof.Code, row.VerifyCodeHash, StringComparison.Ordinal);
        Assert.Equal(64, row.ContentHash.Length);
        Assert.Equal(Convert.ToHexStringLower(Sm3.Hash("王秀兰|341504196503150027|2026-10|3456.78"u8)), row.ContentHash);
    }

    [Fact]
    public async Task DistrictStaff_IssueInTheNameOfTheirCentre()
    {
        var proof = await IssueAsync(user: new FixedCurrentUser("u-yl", "yl.test", "341504-YL", [RoleNames.DistrictReviewer]));
        Assert.Equal("叶集区社会保险事业管理中心养老中心", proof.IssuerName);
    }

    [Fact]
    public async Task Api_Genuine_IsValid_WithTheMaskedSummary_AndNeedsNoLogin()
    {
        var proof = await IssueAsync();
        var body = await VerifyApiAsync(proof.Number, proof.Code.ToLowerInvariant());
        var json = JsonDocument.Parse(body).RootElement;
        Assert.True(json.GetProperty("valid").GetBoolean());
        Assert.Equal("valid", json.GetProperty("status").GetString());
        Assert.Equal("A2-11", json.GetProperty("type").GetString());
        Assert.Equal("企业职工基本养老金发放明细", json.GetProperty("title").GetString());
        Assert.Equal(Summary, json.GetProperty("summary").GetString());
        Assert.Equal("叶集区史河街道顺河社区居委会", json.GetProperty("issuer").GetString());
        Assert.Equal(proof.ExpiresAt, json.GetProperty("expiresAt").GetDateTime().ToUniversalTime());
        Assert.DoesNotMatch(FullId(), body);
    }

    [Fact]
    public async Task Api_WrongCodeAndUnknownNumber_GiveTheSameAnswer_RevealingNothing()
    {
        var proof = await IssueAsync();
        var wrongCode = await VerifyApiAsync(proof.Number, proof.Code[..7] + (proof.Code[7] == 'Z' ? 'Y' : 'Z'));
        var unknown = await VerifyApiAsync("ZM20000101ABCDEF", proof.Code);
        var changedNumber = await VerifyApiAsync(proof.Number[..15] + (proof.Number[15] == 'Z' ? 'Y' : 'Z'), proof.Code);
        var noCode = await VerifyApiAsync(proof.Number, null);
        Assert.Equal(wrongCode, unknown);
        Assert.Equal(wrongCode, changedNumber);
        Assert.Equal(wrongCode, noCode);
        var json = JsonDocument.Parse(wrongCode).RootElement;
        Assert.False(json.GetProperty("valid").GetBoolean());
        Assert.Equal("not-valid", json.GetProperty("status").GetString());
        foreach (var field in new[] { "type", "title", "issuedAt", "expiresAt", "summary", "issuer" })
            Assert.Equal(JsonValueKind.Null, json.GetProperty(field).ValueKind);
    }

    [Fact]
    public async Task Handler_AfterTheExpiry_SaysExpired_WithoutTheSummary()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var proof = await IssueAsync(clock, validDays: 30);
        Task<ProofVerification> CheckAsync() => App.InScopeAsync(sp =>
            new VerifyProofHandler(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<ICryptoProvider>(), sp.GetRequiredService<AuditTrail>(), clock)
                .HandleAsync(proof.Number, proof.Code, default));

        clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        var before = await CheckAsync();
        Assert.Equal((true, "valid", Summary), (before.Valid, before.Status, before.Summary));

        clock.Advance(TimeSpan.FromMinutes(2));
        var after = await CheckAsync();
        Assert.Equal((false, "expired", (string?)null), (after.Valid, after.Status, after.Summary));
        Assert.Equal(("A2-11", "企业职工基本养老金发放明细", "叶集区史河街道顺河社区居委会"), (after.Type, after.Title, after.Issuer));
        Assert.Equal(proof.ExpiresAt, after.ExpiresAt);
    }

    [Fact]
    public async Task Api_ExpiredProof_ShowsNoSummary()
    {
        var proof = await IssueAsync(new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-100)), validDays: 90);
        var json = JsonDocument.Parse(await VerifyApiAsync(proof.Number, proof.Code)).RootElement;
        Assert.Equal("expired", json.GetProperty("status").GetString());
        Assert.False(json.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("summary").ValueKind);
        Assert.Equal("企业职工基本养老金发放明细", json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task EveryCheck_IsAudited_Anonymously()
    {
        var proof = await IssueAsync();
        await VerifyApiAsync(proof.Number, proof.Code);
        await VerifyApiAsync(proof.Number, "22222222");
        var rows = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == "proof.verify" && a.ObjectId == proof.Number).OrderBy(a => a.Seq).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Null(r.UserName));
        Assert.Equal(("success", "valid"), (rows[0].Result, rows[0].Reason));
        Assert.Equal(("failure", "not-valid"), (rows[1].Result, rows[1].Reason));
    }

    [Fact]
    public async Task Page_FromTheQrCode_ConfirmsAGenuineProof()
    {
        var proof = await IssueAsync();
        var response = await App.Client().GetAsync(new Uri(proof.VerifyUrl).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("真实有效", html, StringComparison.Ordinal);
        Assert.Contains(Summary, html, StringComparison.Ordinal);
        Assert.Contains("叶集区史河街道顺河社区居委会", html, StringComparison.Ordinal);
        Assert.Contains("企业职工基本养老金发放明细", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(FullId(), html);
    }

    [Fact]
    public async Task Page_Form_ShowsNotValid_ForAWrongCodeOrUnknownNumber()
    {
        var proof = await IssueAsync();
        foreach (var (number, code) in new[] { (proof.Number, "22222222"), ("ZM20000101ABCDEF", proof.Code) })
        {
            var response = await TestApp.PostFormAsync(App.Client(), "/verify", new() { ["Number"] = number, ["Code"] = code });
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("无效（编号或验证码不正确）", html, StringComparison.Ordinal);
            Assert.DoesNotContain("真实有效", html, StringComparison.Ordinal);
            Assert.DoesNotContain("王*兰", html, StringComparison.Ordinal);
            Assert.DoesNotContain("企业职工基本养老金发放明细", html, StringComparison.Ordinal);
        }
        var genuine = await TestApp.PostFormAsync(App.Client(), "/verify", new() { ["Number"] = proof.Number, ["Code"] = proof.Code });
        Assert.Contains("真实有效", WebUtility.HtmlDecode(await genuine.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ExpiredProof_SaysExpired_WithoutTheSummary()
    {
        var proof = await IssueAsync(new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-100)), validDays: 90);
        var html = WebUtility.HtmlDecode(await App.Client().GetStringAsync($"/verify?no={proof.Number}&code={proof.Code}"));
        Assert.Contains("已过期", html, StringComparison.Ordinal);
        Assert.Contains("企业职工基本养老金发放明细", html, StringComparison.Ordinal);
        Assert.DoesNotContain("王*兰", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_InEnglish_IsTranslated()
    {
        var proof = await IssueAsync();
        var client = App.Client();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var html = await client.GetStringAsync($"/verify?no={proof.Number}&code={proof.Code}");
        Assert.Contains("Genuine and valid", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ProofBlock_PutsNumberCodeAndQrOnThePage_AndPageNumbersCountThePages()
    {
        using var pdf = new PdfDocumentWriter("测试证明");
        pdf.Title("测试证明");
        for (var i = 0; i < 70; i++) pdf.Row($"第{i}行", $"{i},000.00");
        pdf.ProofBlock("ZM20261128ABCDEF", "XK7M9QPR", "https://shebao.example/verify?no=ZM20261128ABCDEF&code=XK7M9QPR", "叶集区史河街道顺河社区居委会",
            new DateTime(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc), new DateTime(2027, 2, 26, 2, 0, 0, DateTimeKind.Utc));
        pdf.PageNumbers();
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf.ToBytes());
        var pages = document.GetPages().ToList();
        Assert.Equal(2, pages.Count);
        var last = pages[^1].Text;
        foreach (var expected in new[] { "ZM20261128ABCDEF", "XK7M9QPR", "叶集区史河街道顺河社区居委会", "2026年11月28日", "2027年2月26日", "https://shebao.example/verify", "第 2 页 / 共 2 页" })
            Assert.Contains(expected, last, StringComparison.Ordinal);
        Assert.Contains("第 1 页 / 共 2 页", pages[0].Text, StringComparison.Ordinal);
        // The QR code is vector squares (no image), ECC M of the URL: many filled rectangles on the last page.
        Assert.Empty(pages[^1].GetImages());
    }

    [GeneratedRegex(@"^ZM\d{8}[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$")]
    private static partial Regex NumberShape();

    [GeneratedRegex(@"\d{17}[\dX]")]
    private static partial Regex FullId();
}
