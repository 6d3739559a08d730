using Shebao.Core.Modules.ServiceItems;

namespace Shebao.Tests.Modules.ServiceItems;

public sealed class ServiceCatalogueTests
{
    private static readonly ServiceCatalogue Catalogue = ServiceCatalogue.LoadEmbedded();

    [Fact]
    public void Catalogue_HasAll44ItemsInSeedOrder()
    {
        Assert.Equal(44, Catalogue.Items.Count);
        Assert.Equal("A1-01", Catalogue.Items[0].Code);
        Assert.Equal("A1-18", Catalogue.Items[17].Code);
        Assert.Equal("A2-26", Catalogue.Items[^1].Code);
    }

    [Fact]
    public void Transfers_AreAcceptedByTownshipsOnly() => Assert.Equal(["township"], Catalogue.Find("A1-07")!.AcceptingTiers);

    [Theory]
    [InlineData("A1-15")]
    [InlineData("A1-16")]
    [InlineData("A1-17")]
    [InlineData("A1-18")]
    public void CardOperations_AreInstantAtEveryTier(string code)
    {
        var item = Catalogue.Find(code)!;
        Assert.Equal("instant", item.Review);
        Assert.Equal(["village", "township", "district"], item.AcceptingTiers);
    }

    [Fact]
    public void PensionClaim_Has20WorkingDaysFromTheRegulation()
    {
        var claim = Catalogue.Find("A1-10")!;
        Assert.Equal(new TimeLimit(20, "working"), claim.TimeLimit);
        Assert.False(claim.TimeLimitToConfirm);
    }

    [Fact]
    public void EveryItem_HasADepartmentCategoryAndAnIdDocument()
    {
        foreach (var item in Catalogue.Items)
        {
            Assert.Contains(item.Department, Departments.Names.Keys);
            Assert.Contains(item.Category, Categories.Names.Keys);
            Assert.Contains(item.Review, new[] { "district", "instant", "none" });
            if (item.Category is "handling" or "certification" or "card")
                Assert.Contains(item.Materials, m => m.Code == "ID_CARD" && m.Required);
        }
    }

    [Fact]
    public void Queries_NeedNoReview() =>
        Assert.All(Catalogue.Items.Where(i => i.Category == "query"), i => Assert.Equal("none", i.Review));

    [Fact]
    public void Search_FindsByMaterialAndGroupsByDepartment()
    {
        var groups = new SearchServiceItemsHandler(Catalogue).Handle("户口簿");
        Assert.NotEmpty(groups);
        Assert.All(groups.SelectMany(g => g.Items), i => Assert.Contains(i.Materials, m => m.Name.Contains("户口簿", StringComparison.Ordinal)));
        Assert.Equal(6, new SearchServiceItemsHandler(Catalogue).Handle(null).Count);
    }
}
