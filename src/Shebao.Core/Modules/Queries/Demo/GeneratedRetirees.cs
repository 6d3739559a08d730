using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Certification.Demo;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Queries.Demo;

/// <summary>
/// The 养老 datasets of the generated retirees on the certification due lists (basic data, the last twelve months'
/// payments, this year's adjustment), made to agree with their monthly amount and benefit state, so that A2-08,
/// A2-11, A2-12 and A2-13 answer for every retiree a clerk finds on a due list.
/// </summary>
internal static class GeneratedRetirees
{
    private static readonly string[] Units = ["六安市叶集区史河木业有限公司", "安徽平岗纺织有限公司", "叶集区供销合作社", "六安市叶集区城关粮站", "叶集区三元乡农机站"];
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public sealed record Files(string Basics, string Payments, string Adjustments, int Count);

    public static async Task<Files> BuildAsync(AppDbContext db, ICryptoProvider crypto, TimeProvider clock, CancellationToken ct)
    {
        var retirees = await DemoRetirees.ListAsync(db, crypto, ct);
        var ids = retirees.Select(r => r.PersonId).ToList();
        var persons = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.IdNumberCipher, p.Gender, p.BirthDate }).ToDictionaryAsync(p => p.Id, ct);
        var today = clock.TodayInChina();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var adjustmentYear = today.Month >= 7 ? today.Year : today.Year - 1;
        var basics = new StringBuilder("个人编号,公民身份号码,姓名,单位名称,参加工作时间,退休日期,待遇开始时间,退休类别,缴费年限,视同缴费年限,待遇发放状态,退休金\n");
        var payments = new StringBuilder("公民身份号码,姓名,费款所属期,实付年月,支付标志,基础养老金,个人账户养老金,过渡性养老金,过渡性调节金,历年调整增加额,其他补贴,补发金额,应发合计,代扣,实发\n");
        var adjustments = new StringBuilder("公民身份号码,姓名,调整年度,调整前金额,定额调整,挂钩调整（缴费年限）,挂钩调整（本人养老金）,倾斜调整,调整后金额,补发月数,补发金额\n");
        for (var i = 0; i < retirees.Count; i++)
        {
            var r = retirees[i];
            var p = persons[r.PersonId];
            var id = crypto.Decrypt(p.IdNumberCipher);
            // Men at 60 (else 55 特殊工种, else 50 病退), women workers at 50: retired before the last adjustment year, so A2-13 has a row.
            (int Age, string Type)[] ways = p.Gender == Gender.Male ? [(60, "正常"), (55, "特殊工种"), (50, "病退")] : [(50, "正常")];
            var (age, type) = ways.FirstOrDefault(w => p.BirthDate.AddYears(w.Age).AddMonths(1).Year < adjustmentYear, ways[^1]);
            var retired = p.BirthDate.AddYears(age);
            var start = new DateOnly(retired.Year, retired.Month, 1).AddMonths(1);
            // Working years fit between age 18 (and 1951) and retirement.
            var earliest = Max(p.BirthDate.AddYears(18), new DateOnly(1951, 1, 1));
            var deemed = Math.Min(i * 3 % 8 + 0.5m, Math.Max(retired.Year - earliest.Year - 1, 0));
            var paidYears = Math.Max(Math.Min(15 + i * 7 % 20 + i % 10 / 10m, retired.Year - earliest.Year - deemed - 1), 1m);
            var workStart = Max(retired.AddYears(-(int)Math.Ceiling(paidYears + deemed)), earliest);
            basics.Append(Inv, $"3415042{i + 1:0000000},{id},{r.Name},{Units[i % Units.Length]},{workStart:yyyy-MM},{retired:yyyy-MM-dd},{start:yyyy-MM},{type},{paidYears:0.0},{deemed:0.0},{(r.PausedFrom is null ? "正常发放" : "暂停发放")},{r.MonthlyAmount:0.00}\n");

            // This year's adjustment raised the amount from January (paid back); earlier months paid the amount before it.
            var linkedPension = Math.Round(r.MonthlyAmount * 0.01m, 2);
            var before = r.MonthlyAmount - 27m - 20m - linkedPension;
            if (start.Year <= adjustmentYear - 1)
                adjustments.Append(Inv, $"{id},{r.Name},{adjustmentYear},{before:0.00},27.00,20.00,{linkedPension:0.00},0.00,{r.MonthlyAmount:0.00},0,0.00\n");
            var last = r.PausedFrom is { } paused ? DateOnly.ParseExact(paused + "-01", "yyyy-MM-dd", Inv).AddMonths(-1) : thisMonth;
            for (var month = Max(start, thisMonth.AddMonths(-11)); month <= last; month = month.AddMonths(1))
            {
                var amount = month.Year >= adjustmentYear ? r.MonthlyAmount : before;
                var basic = Math.Round(amount * 0.45m, 2);
                var account = Math.Round(amount * 0.18m, 2);
                var transitional = Math.Round(amount * 0.12m, 2);
                var raised = amount - basic - account - transitional;
                payments.Append(Inv, $"{id},{r.Name},{month:yyyy-MM},{month:yyyy-MM},已支付,{basic:0.00},{account:0.00},{transitional:0.00},0.00,{raised:0.00},0.00,0.00,{amount:0.00},0.00,{amount:0.00}\n");
            }
        }
        return new Files(basics.ToString(), payments.ToString(), adjustments.ToString(), retirees.Count);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
