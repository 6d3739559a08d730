using Shebao.Core.Modules.Parameters;

namespace Shebao.Tests.Modules.Parameters;

public sealed class ParameterTableTests
{
    private static PolicyParameter Row(long id, string region, string from, string? to, string value) => new()
    {
        Id = id, Code = "X", RegionCode = region, Value = value,
        ValidFrom = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
        ValidTo = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public void Find_TakesTheRowValidOnTheDate()
    {
        var table = new ParameterTable([Row(1, "000000", "2024-01-01", "2025-01-01", "123"), Row(2, "000000", "2025-01-01", null, "143")]);
        Assert.Equal("123", table.Find("X", new DateOnly(2024, 12, 31))!.Value);
        Assert.Equal("143", table.Find("X", new DateOnly(2025, 1, 1))!.Value);
        Assert.Null(table.Find("X", new DateOnly(2023, 12, 31)));
    }

    [Fact]
    public void Find_PrefersTheMostSpecificRegion()
    {
        var table = new ParameterTable([Row(1, "000000", "2020-01-01", null, "1"), Row(2, "340000", "2020-01-01", null, "2"), Row(3, "341504", "2025-01-01", null, "3")]);
        Assert.Equal("2", table.Find("X", new DateOnly(2024, 6, 1))!.Value);
        Assert.Equal("3", table.Find("X", new DateOnly(2025, 6, 1))!.Value);
    }

    [Fact]
    public void Reader_RemembersEveryVersionItHandedOut()
    {
        var reader = new ParameterReader(ParameterSeed.Table());
        reader.Decimal("EMP.JIFA_BASE", new DateOnly(2023, 7, 1));
        reader.Decimal("EMP.JIFA_BASE", new DateOnly(2023, 8, 1));
        var used = Assert.Single(reader.Used);
        Assert.Equal("7688", used.Value);
        Assert.True(used.ToConfirm);
        Assert.Throws<MissingParameterException>(() => reader.Decimal("EMP.JIFA_BASE", new DateOnly(2019, 7, 1)));
    }

    [Fact]
    public void Seed_CoversEveryFigureTheIssueNames()
    {
        var table = ParameterSeed.Table();
        foreach (var code in new[] { "CJB.GRADES", "CJB.SUBSIDY", "CJB.GOVPAID", "CJB.ACCOUNT_DIVISOR", "CJB.BASIC.CENTRAL", "CJB.ACCOUNT_RATE",
                     "EMP.JIFA_BASE", "EMP.CONTRIB_AVG", "EMP.BASE_RATIO", "EMP.TRANSITION_COEF", "EMP.ACCOUNT_START", "EMP.ACCOUNT_RATE",
                     "EMP.DIVISOR", "EMP.RETIRE_REFORM", "EMP.MIN_CONTRIB_MONTHS", "EMP.FLEX_WINDOW", "RATE.FLEX_PENSION", "RATE.PENSION" })
            Assert.True(table.Has(code), code);
        Assert.All(ParameterSeed.Rows(), r => Assert.False(string.IsNullOrWhiteSpace(r.SourceDoc)));
        // Third-party and unconfirmed values are flagged 待确认 (domain.md §1).
        Assert.True(table.Find("EMP.TRANSITION_COEF", new DateOnly(2025, 1, 1))!.ToConfirm);
        Assert.False(table.Find("EMP.MIN_CONTRIB_MONTHS", new DateOnly(2025, 1, 1))!.ToConfirm);
    }
}
