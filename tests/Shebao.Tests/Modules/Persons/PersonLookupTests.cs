using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;
using Shebao.Core.Platform.Security;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Persons;

/// <summary>PersonLookup on the demo registry: 王秀兰 and 李桂英 live in 顺河社区, 张德山 in 五楼村.</summary>
[Trait("Category", "Db")]
public sealed class PersonLookupTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Shunhe = "341504001003";
    private const string WangXiulan = "341504196503150027";   // 顺河, 城居保 paying
    private const string LiGuiying = "341504195807120041";    // 顺河, 城居保 receiving
    private const string ZhangDeshan = "34052419800101001X";  // 五楼

    private Task<T> AsAsync<T>(ICurrentUser user, Func<PersonLookup, Task<T>> work) =>
        fixture.App.InScopeAsync(sp => work(sp.GetRequiredService<PersonLookup>()), user);

    [Fact]
    public async Task InScope_PersonOfTheClerksOwnVillage_IsFound()
    {
        var found = await AsAsync(TestUsers.VillageClerk(Shunhe), l => l.InScopeAsync(WangXiulan));

        Assert.True(found.IsSuccess);
        Assert.Equal(("王秀兰", Masking.IdNumber(WangXiulan), Shunhe), (found.Value!.Name, found.Value.IdNumberMasked, found.Value.VillageCode));
        Assert.StartsWith("/341504/", found.Value.OrgPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InScope_PersonOfAnotherVillage_IsNotFound()
    {
        var found = await AsAsync(TestUsers.VillageClerk(Shunhe), l => l.InScopeAsync(ZhangDeshan));

        Assert.Equal(ResultKind.NotFound, found.Kind);
        Assert.Null(found.Value);
    }

    [Fact]
    public async Task InScope_NumberNobodyIsRegisteredUnder_IsNotFound()
    {
        var first17 = "34150419700101123";
        var found = await AsAsync(FixedCurrentUser.System, l => l.InScopeAsync(first17 + IdNumber.CheckChar(first17)));

        Assert.Equal(ResultKind.NotFound, found.Kind);
    }

    [Fact]
    public async Task InDistrict_ForEmployerItems_FindsAPersonOfAnotherVillage()
    {
        var found = await AsAsync(TestUsers.VillageClerk(Shunhe), l => l.InDistrictAsync(ZhangDeshan));

        Assert.True(found.IsSuccess);
        Assert.Equal("张德山", found.Value!.Name);
        Assert.NotEqual(Shunhe, found.Value.VillageCode);
    }

    [Theory]
    [InlineData(" 34052419800101001x ")]
    [InlineData("３４０５２４１９８００１０１００１Ｘ")]
    public async Task Lookup_NormalisesTheNumberAsTyped(string typed)
    {
        var found = await AsAsync(FixedCurrentUser.System, l => l.InDistrictAsync(typed));

        Assert.Equal("张德山", found.Value?.Name);
    }

    [Theory]
    [InlineData(null, "请输入公民身份号码")]
    [InlineData("   ", "请输入公民身份号码")]
    [InlineData("34150419650315002", "公民身份号码应为18位，当前为17位")]
    [InlineData("3415041965031500A7", "公民身份号码前17位必须是数字")]
    [InlineData("34150419650315002Y", "公民身份号码最后一位必须是数字或X")]
    [InlineData("341504196502300027", "公民身份号码中的出生日期不存在")]
    [InlineData("341504196503150028", "公民身份号码校验位不正确，请核对后重新输入")]
    public async Task MalformedNumber_IsInvalid_WithTheSpecificReasonOnTheIdField(string? typed, string reason)
    {
        foreach (var lookup in new Func<PersonLookup, Task<Result<PersonRef>>>[] { l => l.InScopeAsync(typed), l => l.InDistrictAsync(typed) })
        {
            var found = await AsAsync(TestUsers.VillageClerk(Shunhe), lookup);

            Assert.Equal(ResultKind.Invalid, found.Kind);
            Assert.Equal([reason], found.Errors["idNumber"]);
        }
    }

    [Fact]
    public async Task IndexOf_IsTheStoredIndex_WhateverTheFormTheNumberWasTypedIn()
    {
        var (stored, typed, plain) = await fixture.App.InScopeAsync(async sp =>
        {
            var lookup = sp.GetRequiredService<PersonLookup>();
            var person = await sp.GetRequiredService<AppDbContext>().Persons.AsNoTracking().SingleAsync(p => p.Name == "张德山");
            return (person.IdNumberIndex, lookup.IndexOf(" 34052419800101001x"), lookup.IndexOf(ZhangDeshan));
        });

        Assert.Equal(stored, typed);
        Assert.Equal(stored, plain);
    }

    [Fact]
    public async Task ByIndexes_ReturnsTheRegisteredOnes_WithWhetherTheyReceiveAResidentPension()
    {
        var unregistered = "34150419700101123" + IdNumber.CheckChar("34150419700101123");
        var (wang, li, found) = await AsAsync(FixedCurrentUser.System, async l =>
            (l.IndexOf(WangXiulan), l.IndexOf(LiGuiying), await l.ByIndexesAsync([l.IndexOf(WangXiulan), l.IndexOf(LiGuiying), l.IndexOf(LiGuiying), l.IndexOf(unregistered)])));

        Assert.Equal(2, found.Count);
        Assert.Equal(("王秀兰", false), (found[wang].Name, found[wang].ReceivesResidentPension));
        Assert.Equal(("李桂英", true), (found[li].Name, found[li].ReceivesResidentPension));
    }
}
