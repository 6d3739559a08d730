using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Pages;

[Trait("Category", "Db")]
public sealed class ParameterAdminTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [Fact]
    public async Task NewVersion_ClosesTheOldOne_KeepsHistory_AndChangesLaterCalculationsOnly()
    {
        var admin = await App.PageClientAsync("admin");
        var list = await admin.GetStringAsync("/Admin/Parameters");
        Assert.Contains("EMP.JIFA_BASE", list, StringComparison.Ordinal);
        Assert.Contains("待确认", list, StringComparison.Ordinal);
        var saved = await TestApp.PostFormAsync(admin, "/Admin/Parameter/CJB.BASIC.CENTRAL", new()
        {
            ["RegionCode"] = "000000", ["ValidFrom"] = "2040-01-01", ["Value"] = "200", ["SourceDoc"] = "测试文号〔2039〕1号", ["Confirmed"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var rows = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PolicyParameters.Where(p => p.Code == "CJB.BASIC.CENTRAL").OrderBy(p => p.ValidFrom).ToListAsync());
        Assert.Equal(3, rows.Count);
        Assert.Equal(new DateOnly(2040, 1, 1), rows[1].ValidTo);
        Assert.Equal("admin", rows[1].ClosedBy);
        Assert.Equal("admin", rows[2].CreatedBy);
        Assert.Equal("source", rows[2].Confidence);
        var history = await admin.GetStringAsync("/Admin/Parameter/CJB.BASIC.CENTRAL");
        Assert.Contains("测试文号〔2039〕1号", history, StringComparison.Ordinal);

        // Someone turning 60 in 2041 gets the new figure; someone turning 60 in 2025 keeps 143.
        var anonymous = App.Client();
        var later = await (await anonymous.PostAsJsonAsync("/api/v1/calculators/resident-pension",
            new { birthDate = "1981-02-01", yearsPaid = 0, currentBalance = 0, plannedGrade = 500, plannedYears = 15 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200m, later.GetProperty("basicPension").GetDecimal());
        var audited = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Action == "parameter.version" && a.ObjectId == "CJB.BASIC.CENTRAL"));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task WrongShape_IsRefused_AndNothingIsSaved()
    {
        var admin = await App.PageClientAsync("admin");
        var html = await (await TestApp.PostFormAsync(admin, "/Admin/Parameter/EMP.BASE_RATIO", new()
        {
            ["RegionCode"] = "340000", ["ValidFrom"] = "2030-01-01", ["Value"] = "{\"min\":0.5}", ["SourceDoc"] = "x",
        })).Content.ReadAsStringAsync();
        Assert.Contains("参数值应包含且仅包含这些键", html, StringComparison.Ordinal);
        var count = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PolicyParameters.CountAsync(p => p.Code == "EMP.BASE_RATIO"));
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Clerks_CannotEditParameters()
    {
        var clerk = await App.PageClientAsync("shihe.clerk");
        var response = await clerk.GetAsync("/Admin/Parameters");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
