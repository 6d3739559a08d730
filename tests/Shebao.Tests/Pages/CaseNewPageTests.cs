using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Pages;

/// <summary>受理新办件: the checks beside the form before 受理, and what 受理 may do when they fail.</summary>
[Trait("Category", "Db")]
public sealed class CaseNewPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Page = "/Cases/New?item=A1-04";
    private TestApp App => fixture.App;

    /// <summary>A phone change to the number the registry already holds: the form is valid, one rule fails.</summary>
    private static Dictionary<string, string> SamePhone(TestPerson p, string? mode = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["item"] = "A1-04", ["IdNumber"] = p.IdNumber, ["Name"] = p.Name, ["IdempotencyKey"] = Guid.NewGuid().ToString(),
            ["Form[changeItem]"] = "phone", ["Form[newPhone]"] = "13905600001", ["Form[reason]"] = "换号",
        };
        if (mode is not null) fields["Mode"] = mode;
        return fields;
    }

    private Task<int> CasesOfAsync(TestPerson p) => App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Case>().CountAsync(c => c.PersonId == p.Id));

    [Fact]
    public async Task Form_HasTheChecksPanel_TheScript_AndTheCheckButton()
    {
        var html = await (await App.PageClientAsync("shunhe.clerk")).GetStringAsync(Page);
        Assert.Contains("id=\"precheck\"", html, StringComparison.Ordinal);
        Assert.Contains("/js/precheck.js", html, StringComparison.Ordinal);
        Assert.Contains("handler=Precheck", html, StringComparison.Ordinal);
        Assert.Contains("id=\"accept\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Precheck_ShowsTheFailingRule_AndOffersOnlyNoticeOrRefusal_CreatingNothing()
    {
        var clerk = await App.PageClientAsync("shunhe.clerk");
        var person = await Residents.PersonAsync(App, new DateOnly(1964, 2, 3));
        var response = await TestApp.PostFormAsync(clerk, Page + "&handler=Precheck", SamePhone(person), Page);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("新联系电话与系统登记的内容相同", html, StringComparison.Ordinal);
        Assert.Contains("id=\"accept-notice\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"refuse\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"accept\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await CasesOfAsync(person));
    }

    [Fact]
    public async Task Precheck_ForTheScript_IsThePanelAlone()
    {
        var clerk = await App.PageClientAsync("shunhe.clerk");
        var person = await Residents.PersonAsync(App, new DateOnly(1964, 2, 4));
        var page = await clerk.GetStringAsync(Page);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var fields = SamePhone(person);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token);
        using var request = new HttpRequestMessage(HttpMethod.Post, Page + "&handler=Precheck") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Precheck", "panel");
        var html = await (await clerk.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.Contains("id=\"precheck-title\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"refuse\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Precheck_WithFieldErrors_ShowsThemLikeAcceptance()
    {
        var clerk = await App.PageClientAsync("shunhe.clerk");
        var person = await Residents.PersonAsync(App, new DateOnly(1964, 2, 5));
        var fields = SamePhone(person);
        fields["Form[newPhone]"] = "12";
        var html = await (await TestApp.PostFormAsync(clerk, Page + "&handler=Precheck", fields, Page)).Content.ReadAsStringAsync();
        Assert.Contains("应为11位手机号或带区号的固定电话", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainAccept_WithAFailingRule_IsRefused_UntilTheClerkChooses()
    {
        var clerk = await App.PageClientAsync("shunhe.clerk");
        var person = await Residents.PersonAsync(App, new DateOnly(1964, 2, 6));
        var response = await TestApp.PostFormAsync(clerk, Page, SamePhone(person), Page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("有办理条件未通过", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CasesOfAsync(person));

        var notice = await TestApp.PostFormAsync(clerk, Page, SamePhone(person, "notice"), Page);
        Assert.Equal(HttpStatusCode.Redirect, notice.StatusCode);
        var detail = await clerk.GetStringAsync(notice.Headers.Location!.ToString());
        Assert.Contains("kind=notice", detail, StringComparison.Ordinal);
        var id = notice.Headers.Location!.ToString().Split('/')[^1];
        var pdf = await clerk.GetAsync($"/Cases/Detail/{id}?handler=Paper&kind=notice");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Refuse_AcceptsAndRefusesAtOnce_NamingTheRule()
    {
        var clerk = await App.PageClientAsync("shunhe.clerk");
        var person = await Residents.PersonAsync(App, new DateOnly(1964, 2, 7));
        var response = await TestApp.PostFormAsync(clerk, Page, SamePhone(person, "refuse"), Page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = response.Headers.Location!.ToString().Split('/')[^1];
        var api = await App.ApiClientAsync("shunhe.clerk");
        var c = await Residents.CaseAsync(api, id);
        Assert.Equal("rejected", c.GetProperty("status").GetString());
        Assert.Contains("变更后的内容与现有登记不同", c.GetProperty("lastReason").GetString(), StringComparison.Ordinal);
        Assert.Contains("kind=refusal", await clerk.GetStringAsync($"/Cases/Detail/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_PrefillsFromTheIdNumber_TheClerksVillage_AndTheGrades()
    {
        var clerk = await App.PageClientAsync("shunhe.clerk");
        var html = await clerk.GetStringAsync("/Cases/New?item=A1-03");
        Assert.Matches("id=\"form_village\" name=\"Form\\[village\\]\" value=\"顺河社区居委会\" readonly", html);
        Assert.Matches("id=\"form_township\" name=\"Form\\[township\\]\" value=\"[^\"]+\" readonly", html);
        Assert.Contains("data-from-id=\"birthDate\"", html, StringComparison.Ordinal);
        Assert.Matches("<select id=\"form_contributionGrade\" name=\"Form\\[contributionGrade\\]\">", html);
        Assert.Contains("<option value=\"200\">", html, StringComparison.Ordinal);

        var fields = new Dictionary<string, string> { ["item"] = "A1-03", ["IdNumber"] = "341504196503150027", ["Name"] = "王秀兰", ["IdempotencyKey"] = Guid.NewGuid().ToString() };
        var checkedHtml = await (await TestApp.PostFormAsync(clerk, "/Cases/New?item=A1-03&handler=Precheck", fields, "/Cases/New?item=A1-03")).Content.ReadAsStringAsync();
        Assert.Contains("value=\"1965-03-15\" type=\"date\" readonly", checkedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("请填写出生日期", checkedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckedForm_ShowsTheRegisteredValues_AndOffersTheAccountMaskedOnly()
    {
        var clerk = await App.PageClientAsync("shunhe.clerk");
        var person = await Residents.PersonAsync(App, new DateOnly(1964, 2, 8));
        var html = await (await TestApp.PostFormAsync(clerk, Page + "&handler=Precheck", SamePhone(person), Page)).Content.ReadAsStringAsync();
        Assert.Matches("id=\"current_newPhone\">[^<]*<strong>139\\*\\*\\*\\*0001</strong>|id=\"current_newPhone\">[^<]*<strong>[^<]+</strong>", html);

        var claim = new Dictionary<string, string>
        {
            ["item"] = "A1-10", ["IdNumber"] = person.IdNumber, ["Name"] = person.Name, ["IdempotencyKey"] = Guid.NewGuid().ToString(),
            ["Form[benefitStartMonth]"] = "2026-01", ["Form[receivingOtherPension]"] = "false", ["Form[hasBackPayment]"] = "false", ["Form[applicationDate]"] = "2026-01-15",
            ["UseRegistered"] = "paymentAccount",
        };
        var claimHtml = await (await TestApp.PostFormAsync(clerk, "/Cases/New?item=A1-10&handler=Precheck", claim, "/Cases/New?item=A1-10")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"use_paymentAccount\"", claimHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("6228480000999988887", claimHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("请填写待遇发放银行账号或社会保障卡号", claimHtml, StringComparison.Ordinal);
    }
}
