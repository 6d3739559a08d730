using Shebao.Core.Platform.Security;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Auditing;

/// <summary>An app with a threshold of 3 distinct persons an hour and 3 proof checks a minute, so both trip quickly.</summary>
public sealed class LowThresholdFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await TestApp.StartAsync(settings:
    [
        new("Audit:DistinctPersonsPerHour", "3"),
        new("Security:ProofVerificationsPerMinute", "3"),
    ]);

    public async Task DisposeAsync() => await App.DisposeAsync();
}

[Trait("Category", "Db")]
public sealed class BulkAccessMonitorTests(LowThresholdFixture fixture) : IClassFixture<LowThresholdFixture>
{
    private TestApp App => fixture.App;

    private static FixedCurrentUser NewUser() => new("u-" + Guid.NewGuid().ToString("N")[..8], "bulk." + Guid.NewGuid().ToString("N")[..8], "341504001003", [RoleNames.VillageClerk]);

    /// <summary>What a query handler does: save its audit row of a person access, then note it.</summary>
    private Task AccessAsync(FixedCurrentUser user, string personId, string action = "query.run") =>
        App.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<AuditTrail>().Record(action, "person", personId);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
            await sp.GetRequiredService<BulkAccessMonitor>().NoteAsync(default);
            return true;
        }, user);

    private Task<List<AuditEntry>> AlertsAsync(string userName) =>
        App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == BulkAccessMonitor.AlertAction && a.ObjectId == userName).ToListAsync());

    [Fact]
    public async Task CrossingTheThreshold_WritesExactlyOneAlert()
    {
        var user = NewUser();
        var persons = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid().ToString()).ToList();
        await AccessAsync(user, persons[0]);
        await AccessAsync(user, persons[1], "query.print");
        await AccessAsync(user, persons[2], "person.reveal");
        Assert.Empty(await AlertsAsync(user.UserName!));

        await AccessAsync(user, persons[3]);
        var alert = Assert.Single(await AlertsAsync(user.UserName!));
        Assert.Equal(("user", user.UserName, "1小时内查询了4名不同人员，超过阈值3"), (alert.ObjectType, alert.UserName, alert.Reason));

        await AccessAsync(user, persons[4]);
        await AccessAsync(user, persons[5]);
        Assert.Single(await AlertsAsync(user.UserName!));
    }

    [Fact]
    public async Task UnderTheThreshold_NoAlert_EvenWhenOnePersonIsQueriedOften()
    {
        var user = NewUser();
        var persons = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid().ToString()).ToList();
        foreach (var p in persons.Concat(persons).Concat(persons)) await AccessAsync(user, p);
        // Other actions on other persons do not count.
        await AccessAsync(user, Guid.NewGuid().ToString(), "person.view");
        Assert.Empty(await AlertsAsync(user.UserName!));
    }

    [Fact]
    public async Task AnotherUsersAccesses_DoNotCount()
    {
        var a = NewUser();
        var b = NewUser();
        foreach (var _ in Enumerable.Range(0, 3)) await AccessAsync(b, Guid.NewGuid().ToString());
        foreach (var _ in Enumerable.Range(0, 2)) await AccessAsync(a, Guid.NewGuid().ToString());
        Assert.Empty(await AlertsAsync(a.UserName!));
        Assert.Empty(await AlertsAsync(b.UserName!));
    }

    [Fact]
    public async Task Reveals_CountTowardsTheThreshold_AndTheAuditorSeesTheAlert()
    {
        var persons = await App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Persons.AsNoTracking()
            .Where(p => p.VillageCode == "341504001003").OrderBy(p => p.Id).Select(p => p.Id).Take(4).ToListAsync());
        Assert.Equal(4, persons.Count);
        var clerk = await App.ApiClientAsync("shunhe.clerk");
        foreach (var id in persons)
            Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsJsonAsync($"/api/v1/persons/{id}/reveal", new { reason = "核对参保登记表" })).StatusCode);
        var alert = Assert.Single(await AlertsAsync("shunhe.clerk"));
        Assert.Contains("超过阈值3", alert.Reason, StringComparison.Ordinal);

        var auditor = await App.PageClientAsync("auditor");
        var page = WebUtility.HtmlDecode(await auditor.GetStringAsync("/Audit"));
        Assert.Contains("异常查询告警", page, StringComparison.Ordinal);
        Assert.Contains("shunhe.clerk", page, StringComparison.Ordinal);
        Assert.Contains(alert.Reason!, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProofChecks_AreRateLimitedPerAddress()
    {
        var client = App.Client();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/proofs/ZM20000101ABCDEF?code=22222222")).StatusCode);
        var refused = await client.GetAsync("/api/v1/proofs/ZM20000101ABCDEF?code=22222222");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.GetValues("Retry-After").Single());
    }
}
