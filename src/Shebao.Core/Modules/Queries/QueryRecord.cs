using Shebao.Core.Modules.Organisations;

namespace Shebao.Core.Modules.Queries;

/// <summary>
/// One row of a read model (any dataset): whose it is, where it is scoped, its period, and its fields as JSON in the
/// dataset's normalised form. Identifiers inside <see cref="Data"/> are masked; the subject's ID number exists here only as
/// its blind index (<see cref="SubjectKey"/>).
/// </summary>
internal sealed class QueryRecord : IOrgScoped
{
    public long Id { get; set; }
    public string Dataset { get; set; } = "";
    public string SubjectKey { get; set; } = "";     // person: blind index of the ID number; employer: credit code; project: project code
    public string SubjectName { get; set; } = "";
    public string SubjectMasked { get; set; } = "";  // masked ID number, or the credit code / project code
    public string? GroupKey { get; set; }            // a second lookup key: the 施工单位 credit code of a project row
    public Guid? PersonId { get; set; }
    public Guid? EmployerId { get; set; }
    public string OrgPath { get; set; } = "";
    public string Period { get; set; } = "";         // "yyyy-MM", "yyyy" or "yyyy-MM-dd": sorts as text
    public string RowKey { get; set; } = "";         // SM3 of subject + key fields: a re-import replaces the row
    public string Data { get; set; } = "{}";
    public DateTime ImportedAt { get; set; }
    public string ImportedBy { get; set; } = "";
}
