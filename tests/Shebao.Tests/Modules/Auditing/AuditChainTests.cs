using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Auditing;

[Trait("Category", "Db")]
public sealed class AuditChainTests : IAsyncLifetime
{
    private TestApp app = null!;

    public async Task InitializeAsync() => app = await TestApp.StartAsync(demoPersons: 20);

    public async Task DisposeAsync() => await app.DisposeAsync();

    private Task<AuditChainReport> VerifyAsync() => app.InScopeAsync(sp => sp.GetRequiredService<VerifyAuditChainHandler>().HandleAsync());

    private Task RecordAsync(string action, string objectId) => app.InScopeAsync(async sp =>
    {
        sp.GetRequiredService<AuditTrail>().Record(action, "test", objectId);
        await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return 0;
    });

    private Task ExecAsync(string sql) => app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(sql));

    private Task DropGuardsAsync() => ExecAsync(app.Provider == DatabaseProviders.Postgres
        ? "DROP TRIGGER audit_no_change ON \"AuditEntries\""
        : "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;");

    [Fact]
    public async Task Chain_AfterSeedingAndWrites_IsIntact()
    {
        for (var i = 0; i < 5; i++) await RecordAsync("test.write", $"obj-{i}");
        var report = await VerifyAsync();
        Assert.True(report.Intact, report.Problem);
        Assert.True(report.RowsChecked >= 5);
    }

    [Fact]
    public async Task Update_IsRefusedByTheDatabase()
    {
        await RecordAsync("test.write", "obj");
        await Assert.ThrowsAnyAsync<Exception>(() => ExecAsync("UPDATE \"AuditEntries\" SET \"Result\" = 'failure'"));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecAsync("DELETE FROM \"AuditEntries\""));
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task TamperedRow_IsNamedByTheVerifier()
    {
        for (var i = 0; i < 4; i++) await RecordAsync("test.write", $"obj-{i}");
        var target = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.Where(a => a.ObjectId == "obj-2").Select(a => a.Seq).SingleAsync());

        // A superuser bypasses the guard and edits one row's content, leaving its hash.
        await DropGuardsAsync();
        await ExecAsync($"UPDATE \"AuditEntries\" SET \"UserName\" = 'someone-else' WHERE \"Seq\" = {target}");

        var report = await VerifyAsync();
        Assert.False(report.Intact);
        Assert.Equal(target, report.FirstBrokenSeq);
        Assert.Contains("篡改", report.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletedRows_AreDetected()
    {
        for (var i = 0; i < 3; i++) await RecordAsync("test.write", $"obj-{i}");
        var middle = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.Where(a => a.ObjectId == "obj-1").Select(a => a.Seq).SingleAsync());
        await DropGuardsAsync();
        await ExecAsync($"DELETE FROM \"AuditEntries\" WHERE \"Seq\" = {middle}");
        var report = await VerifyAsync();
        Assert.False(report.Intact);
        Assert.Equal(middle, report.FirstBrokenSeq);
    }

    [Fact]
    public async Task TruncatedTail_IsDetectedThroughTheChainHead()
    {
        await RecordAsync("test.write", "last");
        var last = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.MaxAsync(a => a.Seq));
        await DropGuardsAsync();
        await ExecAsync($"DELETE FROM \"AuditEntries\" WHERE \"Seq\" = {last}");
        var report = await VerifyAsync();
        Assert.False(report.Intact);
        Assert.Equal(last, report.FirstBrokenSeq);
    }

    [Fact]
    public async Task ConcurrentWriters_DoNotForkTheChain()
    {
        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => RecordAsync("test.concurrent", $"c-{i}")));
        var report = await VerifyAsync();
        Assert.True(report.Intact, report.Problem);
    }
}
