using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.Resident.Items;
using Shebao.Core.Platform.Clock;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Resident.Demo;

/// <summary>
/// Demo 城居保 records: someone in every state the items need (not enrolled, in 职保, paying, with arrears, with a
/// back payment not yet received, interrupted, with a special identity, just 60, receiving, paused), all
/// reproducible. Enterprise retirees ("retiree") and 机关保 members ("organ") get no 城居保 record; their records are
/// the query datasets (Queries/Demo). The persons are listed in the README's demo table and on the login page.
/// </summary>
public sealed class ResidentDemo(AppDbContext db, ICryptoProvider crypto, PersonLookup persons, ParameterStore parameters, TimeProvider clock)
{
    private sealed record Demo(string Name, DateOnly Birth, int Seq, string Village, string State, int EnrolYear = 0, int Grade = 300, int[]? Skip = null, int PaidTo = 0);

    public const string Shunhe = "341504001003";
    public const string Wulou = "341504002200";

    /// <summary>New demo persons (the three known persons are made by the Seeder and given records here).</summary>
    private static readonly Demo[] NewPersons =
    [
        new("陈国华", new(1966, 12, 5), 11, Shunhe, "arrears", 2012, 200, [2015]),
        new("赵玉梅", new(1955, 4, 20), 22, Shunhe, "paused", 2010, 200),
        new("刘志强", new(1996, 8, 18), 31, Shunhe, "none"),
        new("孙桂芳", new(1978, 10, 9), 42, Shunhe, "identity", 2011, 300),
        new("周建国", new(1972, 5, 30), 51, Shunhe, "interrupted", 2011, 300, PaidTo: 2023),
        new("吴秀英", new(1962, 2, 14), 62, Shunhe, "pending-back", 2010, 200, [2021]),
        new("钱卫东", new(1985, 3, 3), 71, Shunhe, "employee"),
        new("黄明", new(1968, 9, 1), 81, Wulou, "paying", 2010, 500),
        new("何国庆", new(1958, 9, 16), 91, Shunhe, "retiree"),
        new("马秀珍", new(1964, 11, 3), 92, Shunhe, "retiree"),
        new("汪淑琴", new(1962, 5, 20), 102, Shunhe, "organ"),      // 机关保 retiree (小学教师), 职业年金 paid monthly
        new("杨振宇", new(1988, 6, 12), 111, Shunhe, "organ"),      // 机关保 member (街道公务员), paying 职业年金
    ];

    public static string IdFor(DateOnly birth, int seq)
    {
        var first17 = $"341504{birth:yyyyMMdd}{seq:000}";
        return first17 + IdNumber.CheckChar(first17);
    }

    public static IEnumerable<(string Name, string IdNumber, string Village, string State)> Listing =>
        NewPersons.Select(d => (d.Name, IdFor(d.Birth, d.Seq), d.Village, d.State));

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Set<ResidentEnrolment>().AnyAsync(ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.TodayInChina();
        var reader = new ParameterReader(await parameters.LoadAsync(ct));
        var villages = await db.OrgUnits.Where(o => o.Kind == OrgKinds.Village).ToDictionaryAsync(o => o.Code, ct);
        foreach (var d in NewPersons)
        {
            var id = IdFor(d.Birth, d.Seq);
            var village = villages[d.Village];
            var person = NewPerson.Create(new NewPersonData(d.Name, id, $"139056{d.Seq:00000}", $"62284800001{d.Seq:00000000}", "中国农业银行",
                $"安徽省六安市叶集区{village.Name}第2组{d.Seq}号", "01", HouseholdTypes.Rural, "第2组", SpecialIdentities.Ordinary), village, crypto, now);
            if (d.State == "employee") person.SetEmployeePensionStatus(EmployeePensionStatuses.Insured, now);
            if (d.State == "retiree") person.SetEmployeePensionStatus(EmployeePensionStatuses.Receiving, now);   // 企业职工 retirees: their certification is issue 7's
            db.Persons.Add(person);
        }
        await db.SaveChangesAsync(ct);

        var byId = new Dictionary<string, Guid>();
        foreach (var (name, id) in Persons.Demo.PersonsDemo.KnownPersons.Select(k => (k.Name, k.IdNumber)).Concat(Listing.Select(l => (l.Name, l.IdNumber))))
            byId[name] = (await persons.InDistrictAsync(id, ct)).Value!.Id;

        // The known persons: 王秀兰 just past 60 with 15 years (claims in the demo), 李桂英 receiving, 张德山 with arrears.
        await EnrolAsync(byId["王秀兰"], 2010, 300, [], 2024, reader, today, now, ct);
        await EnrolAsync(byId["李桂英"], 2010, 200, [], 2017, reader, today, now, ct, benefitFrom: new YearMonth(2018, 8));
        await EnrolAsync(byId["张德山"], 2012, 500, [2019, 2020], today.Year - 1, reader, today, now, ct);
        foreach (var d in NewPersons.Where(d => d.State is not ("none" or "employee" or "retiree" or "organ")))
        {
            var personId = byId[d.Name];
            var age60 = d.Birth.AddYears(60).Year;
            var paidTo = d.PaidTo > 0 ? d.PaidTo : Math.Min(today.Year - 1, age60 - 1);
            var benefitFrom = d.State == "paused" ? YearMonth.Of(d.Birth.AddYears(60)).AddMonths(1) : (YearMonth?)null;
            if (d.State == "identity")
                db.Add(new SpecialIdentityRecord
                {
                    PersonId = personId, Code = "061", ValidFrom = new DateOnly(2024, 1, 1), ValidTo = new DateOnly(today.Year, 12, 31), Authority = "叶集区民政局",
                    CertificateCipher = crypto.Encrypt("341504202400061"), CertificateMasked = Masking.BankAccount("341504202400061"), CreatedAt = now,
                });
            if (d.State == "identity") await db.SaveChangesAsync(ct);
            await EnrolAsync(personId, d.EnrolYear, d.Grade, d.Skip ?? [], paidTo, reader, today, now, ct, benefitFrom,
                pendingBackYear: d.State == "pending-back" ? 2021 : null, interruptedFrom: d.State == "interrupted" ? new YearMonth(2024, 1) : null);
            if (d.State == "identity")
                await db.Persons.Where(p => p.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.SpecialIdentity, "061"), ct);
            if (d.State == "paused")
            {
                var b = await db.Set<ResidentBenefit>().SingleAsync(x => x.PersonId == personId, ct);
                b.Status = BenefitStatuses.Paused;
                b.PauseReason = ResidentReasons.NotCertified;
                b.PauseMonth = YearMonth.Of(today).AddMonths(-5).ToString();
                b.PaidThroughMonth = YearMonth.Of(today).AddMonths(-6).ToString();
                (await db.Persons.SingleAsync(p => p.Id == personId, ct)).SetResidentStatus(ResidentInsuredStatuses.Suspended, ResidentPaymentStatuses.Receiving, now);
                await db.SaveChangesAsync(ct);
            }
        }
    }

    private async Task EnrolAsync(Guid personId, int enrolYear, decimal grade, int[] skip, int paidTo, ParameterReader reader, DateOnly today, DateTime now, CancellationToken ct,
        YearMonth? benefitFrom = null, int? pendingBackYear = null, YearMonth? interruptedFrom = null)
    {
        var record = (await ResidentRecord.LoadAsync(db, personId, ct, forUpdate: true))!;
        record.Enrolment = new ResidentEnrolment
        {
            PersonId = personId, EnrolledMonth = new YearMonth(enrolYear, 7).ToString(), Grade = grade, PaymentMethod = "2",
            WithholdingAccountCipher = record.Person.BankAccountCipher, WithholdingAccountMasked = record.Person.BankAccountMasked,
            InsuredIdentity = record.Person.SpecialIdentity, Age60Month = record.Age60.ToString(), UpdatedAt = now,
            InterruptReason = interruptedFrom is null ? null : ResidentReasons.OtherInterruption, InterruptMonth = interruptedFrom?.ToString(), InterruptRemark = interruptedFrom is null ? null : "外出务工，暂停缴费",
        };
        db.Add(record.Enrolment);
        for (var year = enrolYear; year <= paidTo; year++)
        {
            if (skip.Contains(year) && year != pendingBackYear) continue;
            var back = year == pendingBackYear;
            var c = new ResidentContribution
            {
                PersonId = personId, Year = year, Kind = back ? ContributionKinds.BackPayment : ContributionKinds.Regular, Grade = grade,
                Status = back ? ContributionStatuses.Pending : ContributionStatuses.Received, ReceivedOn = back ? null : new DateOnly(year, 6, 15),
                CreatedAt = back ? now.AddDays(-20) : new DateTime(year, 4, 1, 0, 0, 0, DateTimeKind.Utc),
            };
            ContributionParts.Fill(c, record.IdentityInYear(year), reader);
            db.Add(c);
            record.Contributions.Add(c);
        }
        var status = interruptedFrom is null ? (ResidentInsuredStatuses.Insured, ResidentPaymentStatuses.Paying) : (ResidentInsuredStatuses.Suspended, ResidentPaymentStatuses.Suspended);
        if (benefitFrom is { } start)
        {
            // The account as it stood when the benefit started; interest after that is not modelled.
            AccountLedger.Rebuild(record, reader, start.FirstDay, now, db);
            // The basic pension follows today's standard (it is raised for everyone receiving); the account part is as of the start.
            var amount = ClaimRules.Amount(record, YearMonth.Of(today), reader);
            var benefit = ClaimRules.NewBenefit(record, start, amount, now);
            benefit.PaymentAccountCipher = record.Person.BankAccountCipher;
            benefit.PaymentAccountMasked = record.Person.BankAccountMasked;
            benefit.PaidThroughMonth = YearMonth.Of(today).ToString();
            db.Add(benefit);
            status = (ResidentInsuredStatuses.Insured, ResidentPaymentStatuses.Receiving);
        }
        else
        {
            AccountLedger.Rebuild(record, reader, today, now, db);
        }
        record.Person.SetResidentStatus(status.Item1, status.Item2, now);
        PersonHistory.Record(db, personId, "resident.enrol", "城居保参保登记（演示数据）", null, new { 参保年月 = record.Enrolment.EnrolledMonth, 缴费档次 = grade }, "system", now);
        await db.SaveChangesAsync(ct);
    }
}
