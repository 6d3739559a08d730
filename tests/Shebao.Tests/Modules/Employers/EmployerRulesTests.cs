using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Employers;
using Shebao.Core.Modules.Employers.Demo;
using Shebao.Core.Modules.Persons;

namespace Shebao.Tests.Modules.Employers;

/// <summary>The checks and effects of A1-01, A2-03 and A2-04, each failing rule and the passing case, on the test database.</summary>
[Trait("Category", "Db")]
public sealed class EmployerRulesTests(EmployerRulesFixture f) : IClassFixture<EmployerRulesFixture>
{
    // 2025 average wage 7426 元/月: 60 % = 4455.60, 300 % = 22278.00.
    private const string Range2025 = "4455.60–22278.00元/月";

    private static Dictionary<string, string?> AddForm(Employer e, string hire = "2025-06-10", string month = "2025-06", string wage = "6000", bool pension = true, bool unemployment = true, bool injury = true) => new()
    {
        ["unitName"] = e.Name, ["creditCode"] = e.CreditCode, ["employmentDate"] = hire, ["contributionWage"] = wage,
        ["insurePension"] = pension ? "true" : "false", ["insureUnemployment"] = unemployment ? "true" : "false", ["insureInjury"] = injury ? "true" : "false",
        ["addReason"] = "new", ["effectiveMonth"] = month,
    };

    private static Dictionary<string, string?> RemoveForm(Employer e, string reason = "resigned", string month = "2026-10") => new()
    {
        ["unitName"] = e.Name, ["creditCode"] = e.CreditCode, ["removeReason"] = reason, ["effectiveMonth"] = month,
    };

    private static Dictionary<string, string?> FlexAdd(string? ratio = "100", string? start = "2025-03") => new()
    {
        ["declareType"] = "add", ["personCategory"] = "102", ["insuranceType"] = "110", ["phone"] = "13800000000", ["contributionBaseRatio"] = ratio, ["startMonth"] = start,
    };

    private static Dictionary<string, string?> FlexRemove(string? stop = "2026-10", string? reason = "已由单位参保") => new()
    {
        ["declareType"] = "remove", ["personCategory"] = "102", ["insuranceType"] = "110", ["phone"] = "13800000000", ["stopMonth"] = stop, ["stopReason"] = reason,
    };

    private static RuleCheck Failed(IReadOnlyList<RuleCheck> checks, string rule)
    {
        Assert.Single(checks, c => !c.Passed);
        var failed = checks.Single(c => !c.Passed);
        Assert.Equal(rule, failed.Rule);
        return failed;
    }

    private static void AllPass(IReadOnlyList<RuleCheck> checks) => Assert.Empty(CaseRulebook.Failures(checks));

    // ---------- A2-03 单位增员 ----------

    [Fact]
    public async Task AddEmployee_Passes_WhenEverythingHolds_AndSaysOnTime()
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        var checks = await f.CheckAsync<AddEmployeeRules>(p.Id, AddForm(e, hire: "2026-11-20", month: "2026-11"));
        AllPass(checks);
        Assert.Contains(checks, c => c.Rule.Contains("30日内") && c.Detail == "用工第8天申报，未超过30日");
        Assert.Contains(checks, c => c.Rule == EmployerChecks_InArea && c.Detail!.Contains(e.Name));
    }

    private const string EmployerChecks_InArea = "单位已登记且在您的辖区内";

    [Fact]
    public async Task AddEmployee_Fails_ForAnUnregisteredEmployer()
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        var form = AddForm(e);
        form["creditCode"] = EmployersDemo.CreditCode("91", 99);
        var failed = Failed(await f.CheckAsync<AddEmployeeRules>(p.Id, form), EmployerChecks_InArea);
        Assert.Contains("未在本区办理社会保险登记", failed.Detail);
    }

    [Fact]
    public async Task AddEmployee_Fails_ForAnEmployerOutsideTheClerksArea()
    {
        var e = await f.EmployerAsync(EmployerRulesFixture.Shunhe);
        var p = await f.FreshPersonAsync();
        var failed = Failed(await f.CheckAsync<AddEmployeeRules>(p.Id, AddForm(e), clerkUnit: EmployerRulesFixture.Wulou), EmployerChecks_InArea);
        Assert.Contains("不在您的辖区", failed.Detail);
        Assert.DoesNotContain(e.Name, failed.Detail);
        // The township of the employer's village covers it.
        AllPass(await f.CheckAsync<AddEmployeeRules>(p.Id, AddForm(e), clerkUnit: "341504001"));
    }

    [Fact]
    public async Task AddEmployee_Fails_WhenTheNameDoesNotMatchTheRegistration()
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        var form = AddForm(e);
        form["unitName"] = "别的公司";
        Assert.Contains("与登记名称", Failed(await f.CheckAsync<AddEmployeeRules>(p.Id, form), "单位名称、单位编号与登记一致").Detail);
    }

    [Fact]
    public async Task AddEmployee_Fails_ForAHireDateInTheFuture()
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        var failed = Failed(await f.CheckAsync<AddEmployeeRules>(p.Id, AddForm(e, hire: "2026-12-05", month: "2026-12")), "用工日期不晚于申报之日");
        Assert.Contains("2026-12-05 晚于今天", failed.Detail);
    }

    [Fact]
    public async Task AddEmployee_Fails_ForAChildUnder16()
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        var hire = p.BirthDate.AddYears(15);
        var form = AddForm(e, hire: hire.ToString("yyyy-MM-dd"), month: hire.ToString("yyyy-MM"), wage: "3000");
        var checks = await f.CheckAsync<AddEmployeeRules>(p.Id, form);
        var failed = checks.Single(c => c.Rule.StartsWith("职工用工时年满16周岁", StringComparison.Ordinal));
        Assert.False(failed.Passed);
        Assert.Contains("仅15周岁", failed.Detail);
    }

    [Fact]
    public async Task AddEmployee_LateRegistration_PassesButSaysHowLate()
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        var hire = EmployerRulesFixture.Today.AddDays(-45);
        var checks = await f.CheckAsync<AddEmployeeRules>(p.Id, AddForm(e, hire: hire.ToString("yyyy-MM-dd"), month: hire.ToString("yyyy-MM")));
        AllPass(checks);
        var late = checks.Single(c => c.Rule.Contains("30日内"));
        Assert.True(late.Passed);
        Assert.Contains("已逾期", late.Detail);
        Assert.Contains("至今45天", late.Detail);
        Assert.Contains("15天", late.Detail);
    }

    [Fact]
    public async Task AddEmployee_Fails_WhenTheEffectiveMonthIsBeforeTheHireMonth()
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        var failed = Failed(await f.CheckAsync<AddEmployeeRules>(p.Id, AddForm(e, hire: "2025-06-10", month: "2025-05")), "生效年月不早于用工年月");
        Assert.Contains("2025-05 早于用工年月 2025-06", failed.Detail);
    }

    [Theory]
    [InlineData("4455.59", "低于下限")]
    [InlineData("22278.01", "高于上限")]
    public async Task AddEmployee_Fails_ForAWageOutsideTheBounds_AndShowsTheRangeInYuan(string wage, string which)
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        var failed = Failed(await f.CheckAsync<AddEmployeeRules>(p.Id, AddForm(e, wage: wage)), "缴费工资在全口径平均工资的60%–300%之间");
        Assert.Contains(which, failed.Detail);
        Assert.Contains(Range2025, failed.Detail);
        Assert.Contains("按2025年全口径平均工资7426元/月", failed.Detail);
        // The bounds themselves are allowed.
        AllPass(await f.CheckAsync<AddEmployeeRules>(p.Id, AddForm(e, wage: "4455.60")));
        AllPass(await f.CheckAsync<AddEmployeeRules>(p.Id, AddForm(e, wage: "22278.00")));
    }

    [Fact]
    public async Task AddEmployee_InAYearNotYetPublished_UsesTheLatestAverage_AndSaysSo()
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        var failed = Failed(await f.CheckAsync<AddEmployeeRules>(p.Id, AddForm(e, hire: "2026-11-20", month: "2026-11", wage: "3000")), "缴费工资在全口径平均工资的60%–300%之间");
        Assert.Contains(Range2025, failed.Detail);
        Assert.Contains("2026年平均工资尚未公布", failed.Detail);
    }

    [Fact]
    public async Task AddEmployee_Fails_WithoutAnyInsurance()
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        var failed = Failed(await f.CheckAsync<AddEmployeeRules>(p.Id, AddForm(e, pension: false, unemployment: false, injury: false)), "至少参加一个险种");
        Assert.Contains("请至少选择一个险种", failed.Detail);
    }

    [Fact]
    public async Task AddEmployee_Effect_PutsThePersonOnTheRoll_ThenASecondAdditionFails_AndFlexibleWorkersAreSentToA101First()
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        await f.ApplyAsync<AddEmployeeRules>(p.Id, AddForm(e, wage: "6000.50", unemployment: false));

        var (entry, changes, person, history) = await f.WithDbAsync(async (db, _) => (
            await db.Set<EmployerRollEntry>().SingleAsync(r => r.EmployerId == e.Id && r.PersonId == p.Id),
            await db.Set<EmployerRollChange>().Where(c => c.EmployerId == e.Id).ToListAsync(),
            await db.Persons.SingleAsync(x => x.Id == p.Id),
            await db.Set<PersonChange>().Where(c => c.PersonId == p.Id).ToListAsync()));
        Assert.Equal(RollStatuses.Active, entry.Status);
        Assert.Equal("2025-06", entry.EffectiveMonth);
        Assert.Equal(6000.50m, entry.WageBase);
        Assert.Equal(new DateOnly(2025, 6, 10), entry.HireDate);
        Assert.True(entry.Pension && entry.Injury && !entry.Unemployment);
        Assert.Equal(p.IdNumberMasked, entry.IdNumberMasked);
        Assert.Equal("YJ261128ZJ99999", entry.CaseNumber);
        var change = Assert.Single(changes);
        Assert.Equal((RollChangeKinds.Add, "新参保", "2025-06"), (change.Kind, change.Reason, change.EffectiveMonth));
        Assert.Equal(EmployeePensionStatuses.Insured, person.EmployeePensionStatus);
        Assert.Equal(p.Version + 1, person.Version);
        var recorded = Assert.Single(history);
        Assert.Equal("employment", recorded.Kind);
        Assert.Contains(e.Name, recorded.Summary);
        Assert.Equal("YJ261128ZJ99999", recorded.CaseNumber);
        Assert.Null(recorded.Before);

        var again = Failed(await f.CheckAsync<AddEmployeeRules>(p.Id, AddForm(e)), "职工不在本单位名册中在职参保");
        Assert.Contains("不能重复增员", again.Detail);

        // A flexible worker must stop first (A1-01 减员) before an employer insures their pension.
        var flexible = await f.FreshPersonAsync();
        await f.ApplyAsync<FlexibleEmploymentRules>(flexible.Id, FlexAdd());
        var blocked = Failed(await f.CheckAsync<AddEmployeeRules>(flexible.Id, AddForm(e)), "职工未以灵活就业身份参加职工养老保险");
        Assert.Contains("请先办理灵活就业停保", blocked.Detail);
        AllPass(await f.CheckAsync<AddEmployeeRules>(flexible.Id, AddForm(e, pension: false)));
    }

    [Fact]
    public async Task AddEmployee_Resume_Fails_WithoutAnEarlierRowOnThisRoll()
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        var form = AddForm(e);
        form["addReason"] = "resume";
        form["resumeReason"] = "重新入职";
        Assert.Contains("不能续保", Failed(await f.CheckAsync<AddEmployeeRules>(p.Id, form), "续保须有本单位原参保记录").Detail);
    }

    // ---------- A2-04 单位减员 ----------

    [Fact]
    public async Task RemoveEmployee_Fails_WhenThePersonIsNotOnTheRoll()
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        Assert.Contains("无需减员", Failed(await f.CheckAsync<RemoveEmployeeRules>(p.Id, RemoveForm(e)), "职工在本单位名册中在职参保").Detail);
    }

    [Fact]
    public async Task RemoveEmployee_Fails_ForAnEmployerOutsideTheClerksArea()
    {
        var e = await f.EmployerAsync(EmployerRulesFixture.Wulou);
        var p = await f.FreshPersonAsync();
        await f.ApplyAsync<AddEmployeeRules>(p.Id, AddForm(e), clerkUnit: EmployerRulesFixture.Wulou);
        Assert.Contains("不在您的辖区", Failed(await f.CheckAsync<RemoveEmployeeRules>(p.Id, RemoveForm(e)), EmployerChecks_InArea).Detail);
        AllPass(await f.CheckAsync<RemoveEmployeeRules>(p.Id, RemoveForm(e), clerkUnit: EmployerRulesFixture.Wulou));
    }

    [Fact]
    public async Task RemoveEmployee_Fails_ForAMonthBeforeTheEnrolment_AndWithoutAReason()
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        await f.ApplyAsync<AddEmployeeRules>(p.Id, AddForm(e));
        Assert.Contains("2025-05 早于", Failed(await f.CheckAsync<RemoveEmployeeRules>(p.Id, RemoveForm(e, month: "2025-05")), "生效年月不早于参保生效年月").Detail);
        var noReason = RemoveForm(e);
        noReason["removeReason"] = null;
        Assert.Contains("请选择减员原因", Failed(await f.CheckAsync<RemoveEmployeeRules>(p.Id, noReason), "填写减员原因").Detail);
        var passing = await f.CheckAsync<RemoveEmployeeRules>(p.Id, RemoveForm(e, reason: "military"));
        AllPass(passing);
        Assert.Contains(passing, c => c.Rule == "填写减员原因" && c.Detail == "参军 → 暂停参保");
    }

    [Theory]
    [InlineData("contract-ended", "解除劳动合同", RollStatuses.Suspended)]
    [InlineData("dismissed", "辞退", RollStatuses.Suspended)]
    [InlineData("retired", "退休", RollStatuses.Ended)]
    [InlineData("deceased", "死亡", RollStatuses.Ended)]
    public async Task RemoveEmployee_Effect_SuspendsOrEnds_ByReason_AndCannotBeRepeated(string reason, string label, string status)
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        await f.ApplyAsync<AddEmployeeRules>(p.Id, AddForm(e));
        await f.ApplyAsync<RemoveEmployeeRules>(p.Id, RemoveForm(e, reason, "2026-10"));

        var (entry, changes, person, history) = await f.WithDbAsync(async (db, _) => (
            await db.Set<EmployerRollEntry>().SingleAsync(r => r.EmployerId == e.Id && r.PersonId == p.Id),
            await db.Set<EmployerRollChange>().Where(c => c.EmployerId == e.Id).OrderBy(c => c.Id).ToListAsync(),
            await db.Persons.SingleAsync(x => x.Id == p.Id),
            await db.Set<PersonChange>().Where(c => c.PersonId == p.Id).OrderBy(c => c.Id).ToListAsync()));
        Assert.Equal((status, label, "2026-10"), (entry.Status, entry.ChangeReason, entry.EffectiveMonth));
        Assert.Equal([RollChangeKinds.Add, RollChangeKinds.Remove], changes.Select(c => c.Kind));
        Assert.Equal(("2025-06", "2026-10"), (changes[0].EffectiveMonth, changes[1].EffectiveMonth));
        Assert.Equal(status, changes[1].StatusAfter);
        Assert.Equal(EmployeePensionStatuses.Suspended, person.EmployeePensionStatus);
        Assert.Equal(2, history.Count);
        Assert.Contains($"单位减员（{label}）", history[1].Summary);
        Assert.Contains("在职参保", history[1].Before);
        Assert.Contains(RollStatuses.Label(status), history[1].After);

        Assert.Contains("不能重复减员", Failed(await f.CheckAsync<RemoveEmployeeRules>(p.Id, RemoveForm(e)), "职工在本单位名册中在职参保").Detail);
    }

    [Fact]
    public async Task RemoveEmployee_KeepsThePensionStatus_WhileAnotherEmployerStillInsuresIt_AndResumeReusesTheRow()
    {
        var first = await f.EmployerAsync();
        var second = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        await f.ApplyAsync<AddEmployeeRules>(p.Id, AddForm(first));
        await f.ApplyAsync<AddEmployeeRules>(p.Id, AddForm(second));
        await f.ApplyAsync<RemoveEmployeeRules>(p.Id, RemoveForm(first));
        Assert.Equal(EmployeePensionStatuses.Insured, await f.WithDbAsync((db, _) => db.Persons.Where(x => x.Id == p.Id).Select(x => x.EmployeePensionStatus).SingleAsync()));

        // 续保 with the first employer: the same roll row is active again, and the check says it is a resumption.
        var resume = AddForm(first, hire: "2026-11-02", month: "2026-11", wage: "7000");
        resume["addReason"] = "resume";
        Assert.Contains("请填写续保原因", Failed(await f.CheckAsync<AddEmployeeRules>(p.Id, resume), "续保须填写续保原因").Detail);
        resume["resumeReason"] = "重新入职";
        var checks = await f.CheckAsync<AddEmployeeRules>(p.Id, resume);
        AllPass(checks);
        Assert.Contains(checks, c => c.Detail?.Contains("本次为续保") == true);
        await f.ApplyAsync<AddEmployeeRules>(p.Id, resume);
        var rows = await f.WithDbAsync((db, _) => db.Set<EmployerRollEntry>().Where(r => r.PersonId == p.Id && r.EmployerId == first.Id).ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal((RollStatuses.Active, "续保", "2026-11"), (row.Status, row.ChangeReason, row.EffectiveMonth));
    }

    // ---------- A1-01 灵活就业 ----------

    [Fact]
    public async Task Flexible_Add_Passes_AndShowsTheBaseInYuan()
    {
        var p = await f.FreshPersonAsync();
        var checks = await f.CheckAsync<FlexibleEmploymentRules>(p.Id, FlexAdd("100"));
        AllPass(checks);
        Assert.Contains(checks, c => c.Detail == "100% 即 7426.00 元/月（允许 4455.60–22278.00 元/月）");
    }

    [Theory]
    [InlineData("59")]
    [InlineData("350")]
    public async Task Flexible_Add_Fails_ForARatioOutside60To300_WithTheRangeInYuan(string ratio)
    {
        var p = await f.FreshPersonAsync();
        var failed = Failed(await f.CheckAsync<FlexibleEmploymentRules>(p.Id, FlexAdd(ratio)), "缴费基数档次在全口径平均工资的60%–300%之间");
        Assert.Contains($"所选档次 {ratio}%", failed.Detail);
        Assert.Contains(Range2025, failed.Detail);
    }

    [Fact]
    public async Task Flexible_Add_Fails_WithoutARatio_OrAStartMonth()
    {
        var p = await f.FreshPersonAsync();
        Assert.Contains(Range2025, Failed(await f.CheckAsync<FlexibleEmploymentRules>(p.Id, FlexAdd(ratio: null)), "缴费基数档次在全口径平均工资的60%–300%之间").Detail);
        Assert.Contains("须填写开始缴费年月", Failed(await f.CheckAsync<FlexibleEmploymentRules>(p.Id, FlexAdd(start: null)), "填写开始年月").Detail);
    }

    [Fact]
    public async Task Flexible_Add_Fails_WhenAnEmployerInsuresThePension()
    {
        var e = await f.EmployerAsync();
        var p = await f.FreshPersonAsync();
        await f.ApplyAsync<AddEmployeeRules>(p.Id, AddForm(e));
        var failed = Failed(await f.CheckAsync<FlexibleEmploymentRules>(p.Id, FlexAdd()), "未通过用人单位参加职工养老保险");
        Assert.Contains(e.Name, failed.Detail);
    }

    [Fact]
    public async Task Flexible_Add_Then_Remove_Effects_AndTheirChecks()
    {
        var p = await f.FreshPersonAsync();
        Assert.Contains("无需停保", Failed(await f.CheckAsync<FlexibleEmploymentRules>(p.Id, FlexRemove()), "已以灵活就业身份参保").Detail);

        await f.ApplyAsync<FlexibleEmploymentRules>(p.Id, FlexAdd("150", "2025-03"));
        var (enrolment, status) = await f.WithDbAsync(async (db, _) => (
            await db.Set<FlexibleEnrolment>().SingleAsync(x => x.PersonId == p.Id),
            await db.Persons.Where(x => x.Id == p.Id).Select(x => x.EmployeePensionStatus).SingleAsync()));
        Assert.Equal((FlexibleStatuses.Active, "2025-03", 11139.00m, 1.5m), (enrolment.Status, enrolment.StartMonth, enrolment.BaseAmount, enrolment.BaseRatio));
        Assert.Equal(EmployeePensionStatuses.Insured, status);
        Assert.Contains("不能重复增员", Failed(await f.CheckAsync<FlexibleEmploymentRules>(p.Id, FlexAdd()), "未以灵活就业身份参保").Detail);

        Assert.Contains("停保年月 2025-02 早于参保开始年月 2025-03", Failed(await f.CheckAsync<FlexibleEmploymentRules>(p.Id, FlexRemove(stop: "2025-02")), "填写停保年月").Detail);
        Assert.Contains("须填写停保年月", Failed(await f.CheckAsync<FlexibleEmploymentRules>(p.Id, FlexRemove(stop: null)), "填写停保年月").Detail);
        Assert.Contains("须填写停保原因", Failed(await f.CheckAsync<FlexibleEmploymentRules>(p.Id, FlexRemove(reason: null)), "填写停保原因").Detail);

        await f.ApplyAsync<FlexibleEmploymentRules>(p.Id, FlexRemove("2026-10", "本人申请停保"));
        var (stopped, after, history) = await f.WithDbAsync(async (db, _) => (
            await db.Set<FlexibleEnrolment>().SingleAsync(x => x.PersonId == p.Id),
            await db.Persons.Where(x => x.Id == p.Id).Select(x => x.EmployeePensionStatus).SingleAsync(),
            await db.Set<PersonChange>().Where(c => c.PersonId == p.Id).OrderBy(c => c.Id).ToListAsync()));
        Assert.Equal((FlexibleStatuses.Stopped, "2026-10", "本人申请停保"), (stopped.Status, stopped.EndMonth, stopped.StopReason));
        Assert.Equal(EmployeePensionStatuses.Suspended, after);
        Assert.Equal(["flexible", "flexible"], history.Select(h => h.Kind));
        Assert.Contains("11139.00", history[0].Summary);
        Assert.Contains("停保", history[1].After);
        // Stopped: a new enrolment is possible again.
        AllPass(await f.CheckAsync<FlexibleEmploymentRules>(p.Id, FlexAdd("60", "2026-12")));
    }
}
