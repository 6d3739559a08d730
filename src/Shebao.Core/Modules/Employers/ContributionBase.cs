using System.Globalization;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Parameters;

namespace Shebao.Core.Modules.Employers;

/// <summary>The allowed 缴费基数 for a month: 60 %–300 % (EMP.BASE_RATIO) of the 全口径 average wage (EMP.CONTRIB_AVG).</summary>
internal sealed record BaseBounds(decimal Average, int AverageYear, bool Projected, decimal MinRatio, decimal MaxRatio, decimal Min, decimal Max)
{
    public static BaseBounds For(ParameterReader parameters, YearMonth month)
    {
        var (row, projected) = parameters.RowOrLatest("EMP.CONTRIB_AVG", month.FirstDay);
        var average = ParameterReader.AsDecimal(row);
        var ratio = parameters.Json<RatioRange>("EMP.BASE_RATIO", month.FirstDay);
        return new BaseBounds(average, row.ValidFrom.Year, projected, ratio.Min, ratio.Max, Money(average * ratio.Min), Money(average * ratio.Max));
    }

    /// <summary>Null when no average wage or ratio applies to the month (before the first published year).</summary>
    public static BaseBounds? TryFor(ParameterReader parameters, YearMonth month)
    {
        try
        {
            return For(parameters, month);
        }
        catch (MissingParameterException)
        {
            return null;
        }
    }

    public static string Missing(YearMonth month) => $"没有适用于 {month} 的全口径平均工资或缴费基数比例参数，无法核对缴费基数，请核对年月或请管理员补充参数";

    public bool Contains(decimal amount) => amount >= Min && amount <= Max;

    public decimal AmountAt(decimal ratio) => Money(Average * ratio);

    /// <summary>"4455.60–22278.00元/月（60%–300%，按2025年全口径平均工资7426元/月）", the range as the clerk reads it.</summary>
    public string Describe(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Min:0.00}–{Max:0.00}元/月（{MinRatio * 100:0.##}%–{MaxRatio * 100:0.##}%，按{AverageYear}年全口径平均工资{Average:0.##}元/月{(Projected ? $"；{month.Year}年平均工资尚未公布" : "")}）");

    private static decimal Money(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    internal sealed record RatioRange(decimal Min, decimal Max);
}
