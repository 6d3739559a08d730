using Shebao.Core.Modules.Queries;

namespace Shebao.Tests.Modules.Queries;

/// <summary>The engine's pure parts: how cells are read and stored, how CSV lines split, how a result is built.</summary>
public sealed class QueryEngineTests
{
    private static readonly DatasetDefinition Payments = new("t-payments", "测试发放明细", "YL", SubjectKind.Person, "idNumber", "name", "period", ["period"],
    [
        new("idNumber", "身份证号码", FieldType.IdNumber),
        new("name", "姓名", FieldType.Text),
        new("period", "费款所属期", FieldType.Month),
        new("basic", "基础养老金", FieldType.Money),
        new("account", "个人账户养老金", FieldType.Money),
        new("net", "实发", FieldType.Money),
        new("bank", "银行账号", FieldType.BankAccount, Required: false),
        new("flag", "支付标志", FieldType.Code, Options: ["已支付", "未支付"]),
    ]);

    [Theory]
    [InlineData(FieldType.Month, "202610", "2026-10")]
    [InlineData(FieldType.Month, "2026/1", "2026-01")]
    [InlineData(FieldType.Month, "2026年3月", "2026-03")]
    [InlineData(FieldType.Date, "20261008", "2026-10-08")]
    [InlineData(FieldType.Date, "2026/2/3", "2026-02-03")]
    [InlineData(FieldType.Money, "1,234.5", "1234.50")]
    [InlineData(FieldType.Money, "3000元", "3000.00")]
    [InlineData(FieldType.Percent, "16%", "0.16")]
    [InlineData(FieldType.Percent, "0.005", "0.005")]
    [InlineData(FieldType.Year, "2025年", "2025")]
    [InlineData(FieldType.CreditCode, "91341504ma2n0q7x1w", null)]
    public void Cells_Are_Read_In_The_Forms_Exports_Use(FieldType type, string raw, string? expected)
    {
        var error = FieldValues.Parse(new DatasetField("f", "字段", type), raw, out var value);
        if (expected is null) Assert.NotNull(error);
        else { Assert.Null(error); Assert.Equal(expected, value); }
    }

    [Theory]
    [InlineData(FieldType.Month, "2026-13", "应为年月")]
    [InlineData(FieldType.Date, "2026-02-30", "应为日期")]
    [InlineData(FieldType.Money, "十元", "应为金额")]
    [InlineData(FieldType.Money, "1.234", "最多两位小数")]
    [InlineData(FieldType.IdNumber, "341504196503150028", "校验位不正确")]
    [InlineData(FieldType.BankAccount, "6228-48", "10至30位数字")]
    public void Bad_Cells_Get_A_Specific_Reason(FieldType type, string raw, string reason)
    {
        var error = FieldValues.Parse(new DatasetField("f", "字段", type), raw, out _);
        Assert.NotNull(error);
        Assert.Contains("字段", error);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void A_Code_Outside_Its_Options_Names_The_Options()
    {
        var error = FieldValues.Parse(Payments.Field("flag"), "已发", out _);
        Assert.Equal("“支付标志”的值“已发”无效，应为：已支付、未支付", error);
    }

    [Fact]
    public void Identifiers_Are_Stored_Masked()
    {
        Assert.Equal("341504********0027", FieldValues.Stored(Payments.Field("idNumber"), "341504196503150027"));
        Assert.Equal("622848*********6789", FieldValues.Stored(Payments.Field("bank"), "6228480000123456789"));
    }

    [Fact]
    public void A_Table_Result_Filters_By_Period_And_Totals_The_Sum_Columns()
    {
        var item = new QueryItemDefinition("T-1", "测试明细", Payments.Code, QueryLayout.Table, ["period", "basic", "net"], SumColumns: ["basic", "net"], CapitalsOf: "net");
        var result = QueryBuilder.Build(item, Payments, Subject(), Rows(("2025-12", "100.00", "1000.00"), ("2026-01", "110.00", "1100.50"), ("2026-02", "110.00", "1100.50")), "2026-01", "2026-02");
        Assert.Equal(["2026-01", "2026-02"], result.Rows.Select(r => r["period"]));
        Assert.Equal("220.00", result.Totals["basic"]);
        Assert.Equal("2201.00", result.Totals["net"]);
        Assert.Equal("贰仟贰佰零壹元整", result.AmountInWords);
    }

    [Fact]
    public void A_Composition_Shows_The_Month_Asked_For_As_Rows()
    {
        var item = new QueryItemDefinition("T-2", "构成表", Payments.Code, QueryLayout.Composition, ["basic", "account", "net"], CapitalsOf: "net");
        var result = QueryBuilder.Build(item, Payments, Subject(), Rows(("2026-01", "110.00", "1100.50"), ("2026-02", "120.00", "1300.00")), "2026-01", null);
        Assert.Equal(["基础养老金", "个人账户养老金", "实发"], result.Rows.Select(r => r["item"]));
        Assert.Equal("110.00", result.Rows[0]["amount"]);
        Assert.Equal("壹仟壹佰元伍角", result.AmountInWords);
    }

    private static ResolvedSubject Subject() => new(SubjectKind.Person, "k", new("person", "何国庆", "341504********091X", null, null), null, null, "person", "x");

    private static List<(string, IReadOnlyDictionary<string, string>)> Rows(params (string Period, string Basic, string Net)[] rows) =>
        rows.Select(r => (r.Period, (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["period"] = r.Period, ["basic"] = r.Basic, ["account"] = "50.00", ["net"] = r.Net })).ToList();
}
