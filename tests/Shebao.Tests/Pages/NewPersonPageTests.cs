using System.Net;
using Shebao.Core.Modules.Persons;
using Shebao.Tests.Support;

namespace Shebao.Tests.Pages;

/// <summary>受理新办件 for a person new to the registry: the person block through the host, as a village clerk fills it.</summary>
[Trait("Category", "Db")]
public sealed class NewPersonPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private static string NewIdNumber()
    {
        var first17 = $"410102{new DateOnly(1988, 1, 1).AddDays(Random.Shared.Next(3000)):yyyyMMdd}{Random.Shared.Next(1000):000}";
        return first17 + IdNumber.CheckChar(first17);
    }

    [Fact]
    public async Task TheFormDefaultsToTheClerksTownshipAndVillage()
    {
        var page = await App.PageClientAsync("shunhe.clerk");
        var html = await page.GetStringAsync("/Cases/New?item=A1-03");
        // A village clerk's own township and village, read-only: a new person joins the clerk's own village.
        Assert.Contains("id=\"form_township\" name=\"Form[township]\" value=\"史河街道\" readonly", html, StringComparison.Ordinal);
        Assert.Contains("id=\"form_village\" name=\"Form[village]\" value=\"顺河社区居委会\" readonly", html, StringComparison.Ordinal);
        Assert.DoesNotContain("五楼村", html, StringComparison.Ordinal);   // another township's village is not offered
    }

    [Fact]
    public async Task ANewNumber_OpensThePersonBlock_WithGenderAndBirthDateFromTheId_AndIsAcceptedAsPending()
    {
        var page = await App.PageClientAsync("shunhe.clerk");
        var id = NewIdNumber();
        var lookup = await TestApp.PostFormAsync(page, "/Cases/New?item=A1-03&handler=Lookup",
            new() { ["item"] = "A1-03", ["IdNumber"] = id, ["Name"] = "页面新人", ["IdempotencyKey"] = Guid.NewGuid().ToString() }, "/Cases/New?item=A1-03");
        var html = await lookup.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        Assert.Contains("id=\"new-applicant\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("本辖区没有该公民身份号码的参保人登记", html, StringComparison.Ordinal);
        var birth = IdNumber.BirthDateOf(id)!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"id=\"form_birthDate\" value=\"{birth}\" type=\"date\" readonly", html, StringComparison.Ordinal);
        Assert.Matches($"<select id=\"form_gender\" disabled[^>]*>[\\s\\S]*?<option value=\"{IdNumber.GenderOf(id)}\" selected", html);
        Assert.Contains("name=\"NewApplicant\" value=\"true\"", html, StringComparison.Ordinal);

        var accepted = await TestApp.PostFormAsync(page, "/Cases/New?item=A1-03", new()
        {
            ["item"] = "A1-03", ["IdNumber"] = id, ["Name"] = "页面新人", ["IdempotencyKey"] = Guid.NewGuid().ToString(), ["NewApplicant"] = "true",
            ["Form[gender]"] = IdNumber.GenderOf(id), ["Form[birthDate]"] = birth, ["Form[ethnicity]"] = "01", ["Form[householdType]"] = "1",
            ["Form[householdAddress]"] = "叶集区史河街道顺河社区", ["Form[residentialAddress]"] = "顺河社区第3组", ["Form[phone]"] = "13955550003",
            ["Form[township]"] = "史河街道", ["Form[village]"] = "顺河社区居委会", ["Form[villageGroup]"] = "第3组", ["Form[insuredIdentity]"] = "011",
            ["Form[contributionGrade]"] = "300", ["Form[paymentMethod]"] = "3", ["Form[receivingOtherPension]"] = "false",
            ["Form[applicationDate]"] = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, "/Cases/New?item=A1-03");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var detail = await page.GetStringAsync(accepted.Headers.Location!.OriginalString);
        Assert.Contains("id=\"case-person-registration\"", detail, StringComparison.Ordinal);
        Assert.Contains("待登记", detail, StringComparison.Ordinal);
        Assert.Contains(Masking.IdNumber(id), detail, StringComparison.Ordinal);
        Assert.DoesNotContain(id, detail, StringComparison.Ordinal);
    }
}
