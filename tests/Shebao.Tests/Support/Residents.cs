using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.Resident;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;

namespace Shebao.Tests.Support;

public sealed record TestPerson(Guid Id, string IdNumber, string Name);

public sealed record Check(string Rule, bool Passed, string? Detail);

/// <summary>
/// Builds a person in a given 城居保 state straight in the database (each test its own person, so tests do not
/// share state), and drives cases through the public API like a clerk and a reviewer would.
/// </summary>
public static class Residents
{
    public const string Shunhe = "341504001003";
    private static int sequence = 100;

    public static async Task<TestPerson> PersonAsync(TestApp app, DateOnly birth, string village = Shunhe, string? employeeStatus = null)
    {
        var seq = Interlocked.Increment(ref sequence) % 1000;
        var first17 = $"341504{birth:yyyyMMdd}{seq:000}";
        var id = first17 + IdNumber.CheckChar(first17);
        var name = $"测试{seq:000}";
        return await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var crypto = sp.GetRequiredService<ICryptoProvider>();
            var unit = await db.OrgUnits.SingleAsync(o => o.Code == village);
            var p = NewPerson.Create(new NewPersonData(name, id, "13905600001", "6228480000999988887", "中国农业银行", "顺河社区第1组", "01", HouseholdTypes.Rural, "第1组", SpecialIdentities.Ordinary),
                unit, crypto, DateTime.UtcNow);
            if (employeeStatus is not null) p.SetEmployeePensionStatus(employeeStatus, DateTime.UtcNow);
            db.Persons.Add(p);
            await db.SaveChangesAsync();
            return new TestPerson(p.Id, id, name);
        });
    }

    /// <summary>Enrols with received contributions for <paramref name="paidYears"/> (and optional pending ones).</summary>
    public static Task EnrolAsync(TestApp app, TestPerson person, int enrolYear, decimal grade, IEnumerable<int> paidYears, string insured = ResidentInsuredStatuses.Insured, string payment = ResidentPaymentStatuses.Paying,
        IEnumerable<(int Year, string Kind, bool Received)>? extra = null, string? interruptMonth = null, int transferredYears = 0) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var p = await db.Persons.SingleAsync(x => x.Id == person.Id);
            p.SetResidentStatus(insured, payment, DateTime.UtcNow);
            db.Add(new ResidentEnrolment
            {
                PersonId = p.Id, EnrolledMonth = $"{enrolYear}-07", Grade = grade, PaymentMethod = "3", Age60Month = $"{p.BirthDate.Year + 60}-{p.BirthDate.Month:00}", UpdatedAt = DateTime.UtcNow,
                InterruptReason = interruptMonth is null ? null : "6399", InterruptMonth = interruptMonth, TransferredYears = transferredYears,
            });
            foreach (var y in paidYears)
                db.Add(new ResidentContribution { PersonId = p.Id, Year = y, Kind = "10", Grade = grade, Personal = grade, ProvincialSubsidy = 30, Status = "received", ReceivedOn = new DateOnly(y, 6, 15), CreatedAt = DateTime.UtcNow });
            foreach (var (y, kind, received) in extra ?? [])
                db.Add(new ResidentContribution { PersonId = p.Id, Year = y, Kind = kind, Grade = grade, Personal = grade, Status = received ? "received" : "pending", ReceivedOn = received ? new DateOnly(2026, 3, 10) : null, CreatedAt = DateTime.UtcNow });
            var total = (paidYears.Count() * (grade + 30)) + (extra ?? []).Where(e => e.Received).Sum(_ => grade);
            db.Add(new ResidentAccount { PersonId = p.Id, Personal = paidYears.Count() * grade + (extra ?? []).Where(e => e.Received).Sum(_ => grade), ProvincialSubsidy = paidYears.Count() * 30, InterestThroughYear = 2025, UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return total;
        });

    public static Task BenefitAsync(TestApp app, TestPerson person, string start, decimal monthly, decimal accountPension, decimal balanceAtStart, string paidThrough,
        string status = BenefitStatuses.Normal, string? pauseReason = null, string? pauseMonth = null) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var p = await db.Persons.SingleAsync(x => x.Id == person.Id);
            p.SetResidentStatus(status == BenefitStatuses.Paused ? ResidentInsuredStatuses.Suspended : ResidentInsuredStatuses.Insured, ResidentPaymentStatuses.Receiving, DateTime.UtcNow);
            db.Add(new ResidentBenefit
            {
                PersonId = p.Id, StartMonth = start, Monthly = monthly, AccountPension = accountPension, BasicCentral = monthly - accountPension, AccountBalanceAtStart = balanceAtStart,
                Divisor = 139, PaidThroughMonth = paidThrough, Status = status, PauseReason = pauseReason, PauseMonth = pauseMonth, UpdatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return 0;
        });

    public static Task<HttpResponseMessage> CreateAsync(HttpClient clerk, string item, TestPerson p, IReadOnlyDictionary<string, string> form) =>
        CaseApi.PostAsync(clerk, item, p.IdNumber, p.Name, form);

    public static Task<string> AcceptAsync(HttpClient clerk, string item, TestPerson p, IReadOnlyDictionary<string, string> form, params string[] materials) =>
        CaseApi.AcceptAsync(clerk, item, p.IdNumber, p.Name, form, materials);

    public static async Task<JsonElement> CaseAsync(HttpClient client, string id) => await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");

    public static async Task<IReadOnlyList<Check>> ChecksAsync(HttpClient client, string id) =>
        (await CaseAsync(client, id)).GetProperty("checks").EnumerateArray()
            .Select(c => new Check(c.GetProperty("rule").GetString()!, c.GetProperty("passed").GetBoolean(), c.GetProperty("detail").GetString())).ToList();

    public static async Task<HttpResponseMessage> ActAsync(HttpClient client, string id, string action, object? extra = null)
    {
        var version = (await CaseAsync(client, id)).GetProperty("version").GetInt32();
        var body = new Dictionary<string, object?> { ["version"] = version };
        if (extra is IReadOnlyDictionary<string, object?> more) foreach (var (k, v) in more) body[k] = v;
        return await client.PostAsJsonAsync($"/api/v1/cases/{id}/{action}", body);
    }

    /// <summary>Submits as the clerk and approves as the centre's reviewer; both must succeed.</summary>
    public static async Task ApproveAsync(TestApp app, HttpClient clerk, string id, string reviewer = "jb.review")
    {
        var submitted = await ActAsync(clerk, id, "submit");
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        var review = await app.ApiClientAsync(reviewer);
        var approved = await ActAsync(review, id, "approve");
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> PersonJsonAsync(HttpClient client, TestPerson p) => await client.GetFromJsonAsync<JsonElement>($"/api/v1/persons/{p.Id}");

    /// <summary>The facts of one section of GET /persons/{id}, label → value.</summary>
    public static Dictionary<string, string> Facts(JsonElement person, string sectionKey)
    {
        var section = person.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == sectionKey);
        return section.GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("label").GetString()!, f => f.GetProperty("value").GetString()!);
    }

    public static string Summary(JsonElement person, string sectionKey) =>
        person.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == sectionKey).GetProperty("summary").GetString()!;

    /// <summary>Asserts that exactly the named rule fails (so each test proves one rule), and returns its detail.</summary>
    public static string OnlyFailure(IReadOnlyList<Check> checks, string rule)
    {
        var failed = checks.Where(c => !c.Passed).ToList();
        Assert.True(failed.Count == 1 && failed[0].Rule == rule, $"expected only “{rule}” to fail, got: {string.Join(" | ", failed.Select(f => f.Rule + "：" + f.Detail))}");
        return failed[0].Detail!;
    }
}
