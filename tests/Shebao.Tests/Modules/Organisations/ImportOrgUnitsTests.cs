using Shebao.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Organisations;

[Trait("Category", "Db")]
public sealed class ImportOrgUnitsTests : IAsyncLifetime
{
    private TestApp app = null!;

    public async Task InitializeAsync() => app = await TestApp.StartAsync(demoPersons: 0);

    public async Task DisposeAsync() => await app.DisposeAsync();

    private Task<OrgImportReport> ImportAsync(string csv, Shebao.Core.Platform.Security.ICurrentUser? user = null) =>
        app.InScopeAsync(async sp => (await sp.GetRequiredService<ImportOrgUnitsHandler>().HandleAsync(new StringReader(csv))).Value!, user ?? TestUsers.Admin);

    private Task<int> CountAsync(string prefix) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OrgUnits.CountAsync(o => o.Code.StartsWith(prefix)));

    [Fact]
    public async Task ValidFile_AddsVillagesUnderTheirTownship()
    {
        var report = await ImportAsync("code,name,kind,parentCode\n341504103201,测试一村委会,village,341504103\n341504103202,测试二村委会,village,341504103\n");
        Assert.True(report.Applied);
        Assert.Equal(2, report.Added);
        var path = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OrgUnits.Where(o => o.Code == "341504103201").Select(o => o.Path).SingleAsync());
        Assert.Equal("/341504/341504103/341504103201/", path);
    }

    [Fact]
    public async Task OneBadLine_IsReportedWithItsNumber_AndNothingIsApplied()
    {
        var report = await ImportAsync("code,name,kind,parentCode\n341504102201,好村委会,village,341504102\n34150410220,坏村,village,341504102\n341504102203,孤村,village,341504999\n");
        Assert.False(report.Applied);
        Assert.Equal([3, 4], report.Errors.Select(e => e.Line));
        Assert.Contains("12位", report.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("不存在", report.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("3415041022"));
    }

    [Fact]
    public async Task QuotedName_MayHoldAComma_AndErrorsKeepTheirLineAcrossAQuotedLineBreak()
    {
        var report = await ImportAsync("\uFEFFcode,name,kind,parentCode\r\n341504102211,\"测试村委会\n（原名）\",village,341504102\r\n341504102212,坏村,town,341504102\r\n");
        Assert.False(report.Applied);
        Assert.Equal(4, Assert.Single(report.Errors).Line);
        Assert.Equal(0, await CountAsync("3415041022"));
    }

    [Fact]
    public async Task MissingColumnInTheHeader_IsOneClearError()
    {
        var report = await ImportAsync("code,name,parentCode\n341504102221,某村,341504102\n");
        Assert.Equal(new OrgImportLineError(1, "表头缺少必填列“kind”。应有的列：code,name,kind,parentCode"), Assert.Single(report.Errors));
    }

    [Fact]
    public async Task KnownCode_IsRenamed_NotDuplicated()
    {
        var report = await ImportAsync("341504001001,史河测试社区居委会,village,341504001\n");
        Assert.True(report.Applied);
        Assert.Equal(1, report.Renamed);
        var name = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OrgUnits.Where(o => o.Code == "341504001001").Select(o => o.Name).SingleAsync());
        Assert.Equal("史河测试社区居委会", name);
    }

    [Fact]
    public async Task NonAdministrator_IsRefused()
    {
        var result = await app.InScopeAsync(sp => sp.GetRequiredService<ImportOrgUnitsHandler>().HandleAsync(new StringReader("341504103299,x,village,341504103\n")), TestUsers.TownshipClerk());
        Assert.Equal(Shebao.Core.Platform.Results.ResultKind.Forbidden, result.Kind);
    }
}
