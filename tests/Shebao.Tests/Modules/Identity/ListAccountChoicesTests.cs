using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Identity;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;
using Shebao.Core.Platform.Security;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Identity;

[Trait("Category", "Db")]
public sealed class ListAccountChoicesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private Task<Result<AccountChoices>> ListAsync(ICurrentUser user) =>
        fixture.App.InScopeAsync(sp => sp.GetRequiredService<ListAccountChoicesHandler>().HandleAsync(), user);

    [Fact]
    public async Task Admin_IsOfferedTheFiveRoles_InTheirOrder_WithTheirLabels()
    {
        var choices = (await ListAsync(TestUsers.Admin)).Value!;
        Assert.Equal(RoleNames.All, choices.Roles.Select(r => r.Code));
        Assert.Equal("村（社区）经办员", choices.Roles[0].Label);
    }

    [Fact]
    public async Task Admin_IsOfferedEveryOpenUnit_InTreeOrder_IndentedByDepth()
    {
        var units = (await ListAsync(TestUsers.Admin)).Value!.Units;
        var open = await fixture.App.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OrgUnits.Where(u => u.ValidTo == null).Select(u => new { u.Code, u.Path }).ToListAsync());
        Assert.Equal(open.OrderBy(u => u.Path, StringComparer.Ordinal).Select(u => u.Code), units.Select(u => u.Code));
        Assert.Equal("叶集区 341504 · 区", units[0].Label);
        Assert.StartsWith("\u3000史河街道 341504001 · ", units.Single(u => u.Code == "341504001").Label, StringComparison.Ordinal);
        Assert.StartsWith("\u3000\u3000顺河社区居委会 341504001003 · ", units.Single(u => u.Code == "341504001003").Label, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clerk_IsRefused() =>
        Assert.Equal(ResultKind.Forbidden, (await ListAsync(TestUsers.TownshipClerk())).Kind);
}
