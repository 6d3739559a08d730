namespace Shebao.Core.Modules.Calculators;

/// <summary>
/// 计发月数 for a retirement age in whole months. Whole ages read the table (domain.md §7.2). For ages with
/// extra months (2025 reform) the official rule is open (§17.5); this platform interpolates linearly by month
/// between the two whole ages and rounds to 0.1 month, and flags the result 待确认. One place to change it.
/// </summary>
internal static class AnnuityDivisor
{
    public const int MinAge = 40;
    public const int MaxAge = 70;

    public static (decimal Divisor, bool Interpolated) For(int ageYears, int extraMonths, IReadOnlyDictionary<int, decimal> table)
    {
        if (ageYears < MinAge || ageYears > MaxAge || (ageYears == MaxAge && extraMonths > 0))
            throw new ArgumentOutOfRangeException(nameof(ageYears), $"Retirement age must be {MinAge}–{MaxAge}.");
        if (extraMonths == 0) return (table[ageYears], false);
        var lower = table[ageYears];
        var upper = table[ageYears + 1];
        var value = lower - (lower - upper) * extraMonths / 12m;
        return (Math.Round(value, 1, MidpointRounding.AwayFromZero), true);
    }
}
