using System.Xml.Linq;
using Shebao.Core.Modules.Queries;
using Shebao.Core.Modules.Queries.Catalogue;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Queries;

/// <summary>
/// The query pages show dataset titles, column labels, Code options, item titles, notes and item names through the
/// localiser, but these strings come from code and catalogue.json, which tools/check-translations.py does not scan:
/// every one of them must have an en-US entry, or the English page stays Chinese.
/// </summary>
public sealed class QueryTranslationsTests
{
    [Fact]
    public void EveryQueryString_ShownThroughTheLocaliser_HasAnEnglishEntry()
    {
        var catalogue = new QueryCatalogue([new CollectionQueries(), new PensionQueries(), new OrganQueries(), new EmploymentQueries()]);
        var services = ServiceCatalogue.LoadEmbedded();
        var keys = catalogue.Datasets.SelectMany(d => d.Fields.SelectMany(f => (f.Options ?? []).Prepend(f.Label)).Prepend(d.Title))
            .Concat(catalogue.Items.SelectMany(i => (i.Notes ?? []).Prepend(i.Title)
                .Append(services.Find(i.ItemCode)?.Name ?? $"(no catalogue.json item {i.ItemCode})")))
            .Distinct()
            .ToList();
        Assert.True(catalogue.Items.Count() >= 20 && keys.Count > 200, $"only {catalogue.Items.Count()} items and {keys.Count} strings: is the catalogue complete?");

        var translated = EnglishEntries();
        var missing = keys.Where(k => !translated.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
        Assert.True(missing.Count == 0, $"No English for {missing.Count}:\n" + string.Join("\n", missing));
    }

    private static Dictionary<string, string> EnglishEntries()
    {
        return XDocument.Load(RepoFiles.PathOf("src", "Shebao.Web", "Resources", "SharedResource.en-US.resx")).Root!
            .Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
    }
}

/// <summary>In English, the query pages show the item name, column labels and notes in English, not the Chinese keys.</summary>
[Trait("Category", "Db")]
public sealed class QueryPageEnglishTests(Support.AppFixture fixture) : IClassFixture<Support.AppFixture>
{
    [Fact]
    public async Task The_Card_Status_Result_Page_In_English_Shows_English_Name_Labels_And_Note()
    {
        var page = await fixture.App.PageClientAsync("shunhe.clerk");
        var language = await Support.TestApp.PostFormAsync(page, "/Language", new() { ["culture"] = "en-US", ["returnUrl"] = "/Queries" }, getUrl: "/Queries");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, language.StatusCode);

        var index = await page.GetStringAsync("/Queries");
        Assert.Contains("Unit collection plan query", index, StringComparison.Ordinal);
        Assert.DoesNotContain("单位征缴计划查询", index, StringComparison.Ordinal);

        var response = await Support.TestApp.PostFormAsync(page, "/Queries/Run?item=A2-26", new() { ["Item"] = "A2-26", ["IdNumber"] = "341504196503150027" });
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Social security card application status query", html, StringComparison.Ordinal);
        Assert.Contains("Certificate of social security card application status", html, StringComparison.Ordinal);
        Assert.Contains("the bank's system is authoritative", html, StringComparison.Ordinal);
        foreach (var chinese in new[] { "社会保障卡应用状态查询", "社会保障卡应用状态证明", "本证明依据打印时系统记录出具" })
            Assert.DoesNotContain(chinese, html, StringComparison.Ordinal);
    }
}
