namespace Shebao.Core.Modules.Employers;

/// <summary>One employee on one employer's 参保人员名册, as it stands now; its changes are <see cref="EmployerRollChange"/> rows.</summary>
internal sealed class EmployerRollEntry
{
    public Guid Id { get; set; }
    public Guid EmployerId { get; set; }
    public Guid PersonId { get; set; }
    public string PersonName { get; set; } = "";
    public string IdNumberMasked { get; set; } = "";
    public DateOnly HireDate { get; set; }                     // 用工日期
    public decimal WageBase { get; set; }                      // 缴费工资 (元/月)
    public bool Pension { get; set; }                          // 养老
    public bool Unemployment { get; set; }                     // 失业
    public bool Injury { get; set; }                           // 工伤
    public string EffectiveMonth { get; set; } = "";           // 生效年月 of the last change, "yyyy-MM"
    public string Status { get; set; } = RollStatuses.Active;
    public string ChangeReason { get; set; } = "";
    public Guid? CaseId { get; set; }
    public string? CaseNumber { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public string Insurances => Employers.Insurances.Label(Pension, Unemployment, Injury);
}

/// <summary>单位人员增减: one addition or removal on a roll, per 生效年月 (what A2-01 lists).</summary>
internal sealed class EmployerRollChange
{
    public long Id { get; set; }
    public Guid EmployerId { get; set; }
    public Guid PersonId { get; set; }
    public string PersonName { get; set; } = "";
    public string IdNumberMasked { get; set; } = "";
    public string Kind { get; set; } = "";                     // add | remove
    public string Reason { get; set; } = "";
    public string EffectiveMonth { get; set; } = "";
    public decimal WageBase { get; set; }
    public bool Pension { get; set; }
    public bool Unemployment { get; set; }
    public bool Injury { get; set; }
    public string StatusAfter { get; set; } = "";
    public Guid? CaseId { get; set; }
    public string? CaseNumber { get; set; }
    public string By { get; set; } = "";
    public DateTime At { get; set; }
}

internal static class RollChangeKinds
{
    public const string Add = "add";
    public const string Remove = "remove";
}

internal static class Insurances
{
    public static string Label(bool pension, bool unemployment, bool injury) =>
        string.Join("、", new[] { (pension, "养老"), (unemployment, "失业"), (injury, "工伤") }.Where(x => x.Item1).Select(x => x.Item2));
}

internal static class RollHistory
{
    /// <summary>The 增减 row for a roll row as just changed (its status, reason and month are the change's).</summary>
    public static EmployerRollChange Change(EmployerRollEntry e, string kind, string by, DateTime at, Guid? caseId = null, string? caseNumber = null) => new()
    {
        EmployerId = e.EmployerId, PersonId = e.PersonId, PersonName = e.PersonName, IdNumberMasked = e.IdNumberMasked,
        Kind = kind, Reason = e.ChangeReason, EffectiveMonth = e.EffectiveMonth, WageBase = e.WageBase,
        Pension = e.Pension, Unemployment = e.Unemployment, Injury = e.Injury, StatusAfter = e.Status,
        CaseId = caseId, CaseNumber = caseNumber, By = by, At = at,
    };
}
