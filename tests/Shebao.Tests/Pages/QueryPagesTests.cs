using System.Net;
using Shebao.Core.Modules.Persons;
using Shebao.Tests.Support;

namespace Shebao.Tests.Pages;

/// <summary>Every one of the twenty query items works on the page for a demo subject: records shown, identifier masked, none echoed.</summary>
[Trait("Category", "Db")]
public sealed class QueryPagesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Builder = "91341504MA2Y10007J";

    [Theory]
    [InlineData("A2-01", "CreditCode", Builder)]
    [InlineData("A2-02", "CreditCode", Builder)]
    [InlineData("A2-05", "CreditCode", Builder)]
    [InlineData("A2-06", "CreditCode", Builder)]
    [InlineData("A2-07", "ProjectCode", "GC20250018")]
    [InlineData("A2-08", "IdNumber", "34150419580916091X")]
    [InlineData("A2-11", "IdNumber", "34150419580916091X")]
    [InlineData("A2-12", "IdNumber", "34150419580916091X")]
    [InlineData("A2-13", "IdNumber", "341504196411030925")]
    [InlineData("A2-14", "IdNumber", "341504196205201025")]
    [InlineData("A2-15", "IdNumber", "341504196205201025")]
    [InlineData("A2-16", "IdNumber", "341504196205201025")]
    [InlineData("A2-17", "IdNumber", "341504196205201025")]
    [InlineData("A2-18", "IdNumber", "341504196205201025")]
    [InlineData("A2-19", "IdNumber", "341504198806121118")]
    [InlineData("A2-20", "IdNumber", "341504198806121118")]
    [InlineData("A2-21", "IdNumber", "341504198503030710")]
    [InlineData("A2-22", "IdNumber", "341504198503030710")]
    [InlineData("A2-23", "IdNumber", "341504198503030710")]
    [InlineData("A2-26", "IdNumber", "341504196503150027")]
    public async Task The_Page_Shows_The_Records_Of_A_Demo_Subject(string item, string parameter, string value)
    {
        var page = await fixture.App.PageClientAsync("shihe.clerk");
        var response = await TestApp.PostFormAsync(page, $"/Queries/Run?item={item}", new() { ["Item"] = item, [parameter] = value });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"query-result\"", html, StringComparison.Ordinal);
        Assert.True(html.Contains("id=\"result-table\"", StringComparison.Ordinal) || html.Contains("id=\"result-sheet\"", StringComparison.Ordinal), $"{item}: no records shown");
        Assert.DoesNotContain("查询期间内没有记录", html, StringComparison.Ordinal);
        if (parameter == "IdNumber")
        {
            Assert.Contains(Masking.IdNumber(value), html, StringComparison.Ordinal);
            Assert.DoesNotContain(value, html, StringComparison.Ordinal);
        }
        else Assert.Contains(value, html, StringComparison.Ordinal);
    }
}
