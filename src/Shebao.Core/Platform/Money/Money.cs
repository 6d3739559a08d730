using System.Globalization;

namespace Shebao.Core.Platform.Money;

/// <summary>
/// An amount in fen (分). Arithmetic on yuan happens in <see cref="decimal"/> (never double: 519.935 must
/// round to 519.94) and becomes Money only through <see cref="FromYuan"/>, the one rounding rule.
/// </summary>
public readonly record struct Money(long Fen) : IComparable<Money>
{
    public static readonly Money Zero = new(0);

    /// <summary>四舍五入 to the fen (MidpointRounding.AwayFromZero): the rounding rule of every calculation.</summary>
    public static Money FromYuan(decimal yuan) => new((long)Math.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero));

    /// <summary>Yuan with exactly two decimal places (fen × 0.01 keeps scale 2, so 203.4 prints as 203.40).</summary>
    public decimal Yuan => Fen * 0.01m;

    public static Money operator +(Money a, Money b) => new(a.Fen + b.Fen);
    public static Money operator -(Money a, Money b) => new(a.Fen - b.Fen);
    public static bool operator <(Money a, Money b) => a.Fen < b.Fen;
    public static bool operator >(Money a, Money b) => a.Fen > b.Fen;
    public static bool operator <=(Money a, Money b) => a.Fen <= b.Fen;
    public static bool operator >=(Money a, Money b) => a.Fen >= b.Fen;

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    public static Money Sum(IEnumerable<Money> amounts) => new(amounts.Sum(a => a.Fen));

    /// <summary>"2,399.70": yuan with two places and thousands separators.</summary>
    public override string ToString() => Yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
