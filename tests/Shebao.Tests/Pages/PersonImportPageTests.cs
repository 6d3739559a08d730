using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Shebao.Core.Modules.Persons;
using Shebao.Tests.Support;

namespace Shebao.Tests.Pages;

/// <summary>数据导入 › 人员名册导入: a dry run, its confirmation, and the page closed to village clerks.</summary>
[Trait("Category", "Db")]
public sealed partial class PersonImportPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [Fact]
    public async Task A_Dry_Run_Shows_The_Counts_And_Is_Confirmed_From_The_Page()
    {
        var reviewer = await App.PageClientAsync("jb.review");
        Assert.Contains("id=\"person-import-link\"", await reviewer.GetStringAsync("/Queries/Import"), StringComparison.Ordinal);
        var page = await reviewer.GetStringAsync("/Imports/Persons");
        Assert.Contains("id=\"import-template\"", page, StringComparison.Ordinal);
        var first17 = $"34152220010203{Random.Shared.Next(100, 999)}";
        var line = $"{first17}{IdNumber.CheckChar(first17)},页面导入,341504001003,一组,,,,,1,,,";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent("true"), "DryRun" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("公民身份号码,姓名,村（社区）代码,组,地址,联系电话,开户银行,银行账号,户口性质,参保身份,参保状态,缴费状态\n" + line + "\n")), "Upload", "名册.csv" },
        };
        var posted = await reviewer.PostAsync("/Imports/Persons", form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var result = await reviewer.GetStringAsync(posted.Headers.Location!.ToString());
        Assert.Contains("id=\"import-done\"", result, StringComparison.Ordinal);
        Assert.Contains("试导入完成", result, StringComparison.Ordinal);
        var id = Regex.Match(posted.Headers.Location!.ToString(), "id=([0-9a-f-]+)").Groups[1].Value;
        Assert.Contains("\"status\":\"succeeded\"", await reviewer.GetStringAsync($"/Imports/Persons?handler=Status&id={id}"), StringComparison.Ordinal);

        var commit = await TestApp.PostFormAsync(reviewer, $"/Imports/Persons?handler=Commit&id={id}", [], getUrl: posted.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        Assert.Contains("导入完成：新增 1 人", await reviewer.GetStringAsync(commit.Headers.Location!.ToString()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Village_Clerks_Cannot_Open_The_Page()
    {
        var clerk = await App.PageClientAsync("shunhe.clerk");
        var response = await clerk.GetAsync("/Imports/Persons");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
