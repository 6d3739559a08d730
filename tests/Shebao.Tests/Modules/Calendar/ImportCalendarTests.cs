using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Calendar;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Calendar;

[Trait("Category", "Db")]
public sealed class ImportCalendarTests : IAsyncLifetime
{
    private TestApp app = null!;

    public async Task InitializeAsync() => app = await TestApp.StartAsync(demoPersons: 0);

    public async Task DisposeAsync() => await app.DisposeAsync();

    private Task<CalendarImportReport> ImportAsync(string csv) =>
        app.InScopeAsync(async sp => (await sp.GetRequiredService<ImportCalendarHandler>().HandleAsync(new StringReader(csv))).Value!, TestUsers.Admin);

    private Task<CalendarDay?> DayAsync(string date) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().CalendarDays.AsNoTracking().SingleOrDefaultAsync(d => d.Date == DateOnly.Parse(date)));

    [Fact]
    public async Task QuotedSource_MayHoldACommaAndQuotes_AndAHeaderInAnotherOrderIsRead()
    {
        var report = await ImportAsync("\uFEFFkind,date,source,name\r\nholiday,2031-05-01,\"国办发明电〔2030〕1号, 第二条 \"\"劳动节\"\"\",劳动节\r\n");
        Assert.True(report.Applied);
        Assert.Equal(1, report.Added);
        var day = await DayAsync("2031-05-01");
        Assert.Equal(("劳动节", "国办发明电〔2030〕1号, 第二条 \"劳动节\""), (day!.Name, day.Source));
    }

    [Fact]
    public async Task UnquotedComma_IsACountedColumnError_OnItsLine()
    {
        var report = await ImportAsync("date,kind,name,source\n\n2031-05-01,holiday,劳动节,通知,第二条\n");
        Assert.False(report.Applied);
        var error = Assert.Single(report.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("实际5列", error.Message, StringComparison.Ordinal);
        Assert.Null(await DayAsync("2031-05-01"));
    }

    [Fact]
    public async Task TooManyLines_IsOneError_AndNothingIsApplied()
    {
        var lines = Enumerable.Range(0, ImportCalendarHandler.MaxLines).Select(i => $"{new DateOnly(2032, 1, 1).AddDays(i):yyyy-MM-dd},holiday,测试,通知");
        var report = await ImportAsync(string.Join("\n", lines) + "\n2031-05-01,holiday,劳动节,通知\n");
        Assert.False(report.Applied);
        Assert.Equal(new CalendarImportLineError(ImportCalendarHandler.MaxLines + 1, $"文件超过{ImportCalendarHandler.MaxLines}行，请分批导入"), Assert.Single(report.Errors));
        Assert.Null(await DayAsync("2032-01-01"));
    }

    [Fact]
    public async Task UnclosedQuote_IsRefused_OnTheLineItOpens()
    {
        var report = await ImportAsync("date,kind,name,source\n2031-05-01,holiday,劳动节,\"通知\n2031-05-02,holiday,劳动节,通知\n");
        Assert.Equal(2, Assert.Single(report.Errors).Line);
        Assert.StartsWith("引号不成对", report.Errors[0].Message, StringComparison.Ordinal);
    }
}
