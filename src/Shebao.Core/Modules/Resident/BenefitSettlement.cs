using Shebao.Core.Modules.Calculators;

namespace Shebao.Core.Modules.Resident;

internal sealed record Settlement(int OverpaidMonths, decimal Overpayment, decimal AccountLeft, decimal Deducted, decimal Refund, decimal StillToRecover);

/// <summary>
/// What ends with a benefit (domain.md §6.1 "Death", 经办条例 art. 46): months paid after the last month of
/// entitlement are an overpayment; the account balance left (opening balance less the account pension of the
/// months rightly paid) is refunded — to the heir on death — after the overpayment is deducted from it.
/// </summary>
internal static class BenefitSettlement
{
    public static Settlement Compute(ResidentBenefit b, YearMonth lastEntitledMonth)
    {
        var start = YearMonth.TryParse(b.StartMonth, out var s) ? s : lastEntitledMonth;
        var paidThrough = YearMonth.TryParse(b.PaidThroughMonth, out var p) ? p : start.AddMonths(-1);
        var overpaidMonths = Math.Max(0, YearMonth.MonthsBetween(lastEntitledMonth, paidThrough));
        var overpayment = overpaidMonths * b.Monthly;
        var rightlyPaid = Math.Max(0, YearMonth.MonthsBetween(start, paidThrough < lastEntitledMonth ? paidThrough : lastEntitledMonth) + 1);
        var left = Math.Max(0, b.AccountBalanceAtStart - rightlyPaid * b.AccountPension);
        var deducted = Math.Min(left, overpayment);
        return new Settlement(overpaidMonths, overpayment, left, deducted, left - deducted, overpayment - deducted);
    }
}
