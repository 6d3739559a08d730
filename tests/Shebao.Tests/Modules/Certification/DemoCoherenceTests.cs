using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Certification.Demo;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Tests.Support;

namespace Shebao.Tests.Modules.Certification;

/// <summary>
/// Issue 14 §5: generated demo persons hold together across modules. A sample of them is walked through every
/// person query item and every section of the person page: a retiree on a due list has the pension rows the
/// 养老 items show (agreeing with the due list's amount and state), and nobody has an empty or contradictory answer.
/// </summary>
[Trait("Category", "Db")]
public sealed class DemoCoherenceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly HashSet<string> RetireeItems = ["A2-08", "A2-11", "A2-12", "A2-13", "A2-26"];

    private sealed record Sampled(Guid Id, string IdNumber, DemoRetiree? Retiree);

    private async Task<List<Sampled>> SampleAsync() => await fixture.App.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var crypto = sp.GetRequiredService<ICryptoProvider>();
        var retirees = await DemoRetirees.ListAsync(db, crypto);
        var onLists = await db.Set<Shebao.Core.Modules.Certification.Beneficiary>().Select(b => b.PersonId).ToListAsync();
        // Generated persons (the seeded crowd) that are on no list: the ones with no enrolment of any kind.
        var others = await db.Persons.Where(p => !onLists.Contains(p.Id) && p.EmployeePensionStatus == null && p.ResidentInsuredStatus == Shebao.Core.Modules.Persons.ResidentInsuredStatuses.NotInsured)
            .OrderBy(p => p.Id).Take(20).Select(p => new { p.Id, p.IdNumberCipher }).ToListAsync();
        // Not the hand-made demo persons (机关保 members, 职保 insured): their records are the demo CSV files.
        var handMade = Shebao.Core.Modules.Persons.Demo.PersonsDemo.KnownPersons.Select(k => k.IdNumber).Concat(Shebao.Core.Modules.Resident.Demo.ResidentDemo.Listing.Select(l => l.IdNumber)).ToHashSet();
        others = others.Where(o => !handMade.Contains(crypto.Decrypt(o.IdNumberCipher))).Take(8).ToList();
        var ciphers = await db.Persons.Where(p => retirees.Select(r => r.PersonId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.IdNumberCipher);
        return retirees.Where((_, i) => i % 3 == 0).Select(r => new Sampled(r.PersonId, crypto.Decrypt(ciphers[r.PersonId]), r))
            .Concat(others.Select(o => new Sampled(o.Id, crypto.Decrypt(o.IdNumberCipher), null))).ToList();
    });

    [Fact]
    public async Task GeneratedPersons_GiveNoEmptyOrContradictoryAnswer_InAnyQueryItemOrSection()
    {
        var sample = await SampleAsync();
        Assert.True(sample.Count(s => s.Retiree is not null) >= 5, $"only {sample.Count(s => s.Retiree is not null)} generated retirees sampled");
        Assert.Contains(sample, s => s.Retiree?.PausedFrom is not null || s.Retiree is null);
        var api = await fixture.App.ApiClientAsync("yl.review");
        var items = (await api.GetFromJsonAsync<JsonElement>("/api/v1/queries")).EnumerateArray()
            .Where(i => i.GetProperty("parameters").EnumerateArray().Any(p => p.GetProperty("key").GetString() == "idNumber"))
            .Select(i => i.GetProperty("itemCode").GetString()!).ToList();
        Assert.Superset(RetireeItems, items.ToHashSet());
        var problems = new List<string>();
        foreach (var s in sample)
        {
            var who = $"{(s.Retiree is null ? "person" : "retiree")} {s.Id}";
            var person = await api.GetFromJsonAsync<JsonElement>($"/api/v1/persons/{s.Id}");
            foreach (var section in person.GetProperty("sections").EnumerateArray())
                // Facts may be absent only where the summary says there is nothing ("未申领社会保障卡").
                if (string.IsNullOrWhiteSpace(section.GetProperty("summary").GetString()) || section.GetProperty("facts").GetArrayLength() == 0 && !section.GetProperty("summary").GetString()!.StartsWith('未'))
                    problems.Add($"{who}: section {section.GetProperty("key").GetString()} is empty");
            var employee = person.GetProperty("enrolments").EnumerateArray().Single(e => e.GetProperty("scheme").GetString() == "企业职工基本养老保险").GetProperty("status").GetString();
            var certification = person.GetProperty("certification").ValueKind == JsonValueKind.String;
            var expected = s.Retiree is null ? "无记录" : s.Retiree.PausedFrom is null ? "正常待遇" : "待遇暂停";
            if (employee != expected) problems.Add($"{who}: 职保状态 {employee}, expected {expected}");
            if (certification != (s.Retiree is not null)) problems.Add($"{who}: certification section {(certification ? "present" : "missing")}");
            var card = person.GetProperty("card").GetString();
            if ((card == "未申领社会保障卡") != (s.Retiree is null)) problems.Add($"{who}: card says {card}");

            foreach (var item in items)
            {
                var response = await api.PostAsJsonAsync($"/api/v1/queries/{item}", new { idNumber = s.IdNumber });
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    problems.Add($"{who}: {item} answered {(int)response.StatusCode}");
                    continue;
                }
                var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
                var rows = answer.GetProperty("rows").GetArrayLength();
                var shouldHaveRows = s.Retiree is not null && RetireeItems.Contains(item);
                if (shouldHaveRows && rows == 0) problems.Add($"{who}: {item} is empty");
                if (!shouldHaveRows && rows > 0) problems.Add($"{who}: {item} has {rows} rows for someone not in it");
                if (s.Retiree is { } r && rows > 0 && item == "A2-12")
                {
                    var sheet = answer.GetProperty("rows")[0];
                    var status = sheet.GetProperty("status").GetString();
                    if (status != (r.PausedFrom is null ? "正常发放" : "暂停发放")) problems.Add($"{who}: A2-12 says {status}");
                    if (decimal.Parse(sheet.GetProperty("pension").ToString(), System.Globalization.CultureInfo.InvariantCulture) != r.MonthlyAmount)
                        problems.Add($"{who}: A2-12 pension {sheet.GetProperty("pension")} ≠ due-list amount {r.MonthlyAmount}");
                }
                if (s.Retiree is { } retiree && rows > 0 && item == "A2-08")
                {
                    var last = answer.GetProperty("rows").EnumerateArray().Select(x => x.GetProperty("period").GetString()!).Max(StringComparer.Ordinal);
                    if (retiree.PausedFrom is { } paused && string.CompareOrdinal(last, paused) >= 0) problems.Add($"{who}: A2-08 pays {last} although paused from {paused}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
