namespace Shebao.Core.Modules.Auditing;

/// <summary>
/// One append-only audit row. Never holds personal values: object ids and field names only.
/// <see cref="Hash"/> = SM3(PrevHash ‖ canonical bytes of this row).
/// </summary>
public sealed class AuditEntry
{
    public long Seq { get; set; }
    public DateTime At { get; set; }
    public string? UserName { get; set; }
    public string? OrgUnitCode { get; set; }
    public string? Ip { get; set; }
    public string Action { get; set; } = "";
    public string? ObjectType { get; set; }
    public string? ObjectId { get; set; }
    public string Result { get; set; } = AuditResults.Success;

    /// <summary>Comma-separated names of the fields touched or revealed.</summary>
    public string? Fields { get; set; }

    /// <summary>The reason given for a reveal, return or similar, when the action needs one.</summary>
    public string? Reason { get; set; }

    public string PrevHash { get; set; } = "";
    public string Hash { get; set; } = "";
}

public static class AuditResults
{
    public const string Success = "success";
    public const string Failure = "failure";
    public const string Denied = "denied";
}

/// <summary>The single row that holds the chain's head; locking it serialises appends on PostgreSQL.</summary>
public sealed class AuditChainHead
{
    public int Id { get; set; } = 1;
    public long LastSeq { get; set; }
    public string LastHash { get; set; } = AuditHash.Genesis;
}
