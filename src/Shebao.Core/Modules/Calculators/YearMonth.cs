using System.Globalization;

namespace Shebao.Core.Modules.Calculators;

/// <summary>A calendar month ("2025-02"): birth months and retirement months are months, not days.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public int Index => Year * 12 + (Month - 1);

    public static YearMonth FromIndex(int index) => new(index / 12, index % 12 + 1);

    public YearMonth AddMonths(int months) => FromIndex(Index + months);

    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    public DateOnly FirstDay => new(Year, Month, 1);

    public static int MonthsBetween(YearMonth from, YearMonth to) => to.Index - from.Index;

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(YearMonth a, YearMonth b) => a.Index < b.Index;
    public static bool operator >(YearMonth a, YearMonth b) => a.Index > b.Index;
    public static bool operator <=(YearMonth a, YearMonth b) => a.Index <= b.Index;
    public static bool operator >=(YearMonth a, YearMonth b) => a.Index >= b.Index;

    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (text is null || text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || y < 1900 || m is < 1 or > 12) return false;
        value = new YearMonth(y, m);
        return true;
    }

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
