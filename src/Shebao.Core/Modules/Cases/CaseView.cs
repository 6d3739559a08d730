using Shebao.Core.Modules.ServiceItems;

namespace Shebao.Core.Modules.Cases;

/// <summary><c>Registration</c>: one of <see cref="Persons.RegistrationStates"/> (a new person stays pending until the registration is approved).</summary>
public sealed record CasePersonView(Guid Id, string Name, string IdNumberMasked, string Registration);

public sealed record CaseMaterialView(string Code, string Name, bool Required, bool Attached, bool NamedInReturn);

public sealed record CaseHistoryView(DateTime At, string By, string Action, string? From, string To, string? Comment, string? MissingMaterials);

/// <summary>One case as api.md shapes it, plus the labels a page needs; <c>MayAttach</c> is the workflow table's answer for this user now.</summary>
public sealed record CaseView(
    Guid Id, string Number, string ItemCode, string ItemName, string Status, string CurrentTier, CasePersonView Person,
    string OrgUnitCode, string AcceptedBy, DateTime AcceptedAt, DateOnly? DueDate, bool Overdue, bool DueSoon, bool Paused,
    int Version, IReadOnlyList<string> AllowedActions, bool MayAttach, IReadOnlyList<FormFieldView> Form, IReadOnlyList<CaseMaterialView> Materials,
    IReadOnlyList<CaseHistoryView> History, string? ArchiveNo, string? LastReason, string? AssignedReviewer,
    IReadOnlyList<CaseAttachmentView> Attachments, IReadOnlyList<RuleCheck> Checks);

public sealed record CaseListItem(
    Guid Id, string Number, string ItemCode, string ItemName, string Status, string PersonName, string OrgUnitCode, string OrgUnitName,
    DateTime AcceptedAt, DateOnly? DueDate, bool Overdue, bool DueSoon, int Version);

internal static class CaseViews
{
    public static IReadOnlyList<CaseMaterialView> Materials(ServiceItem? item, IReadOnlyCollection<string> attachedCodes, string? missing)
    {
        var named = (missing ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        return (item?.Materials ?? []).Select(m => new CaseMaterialView(m.Code, m.Name, m.Required, attachedCodes.Contains(m.Code), named.Contains(m.Code))).ToList();
    }
}
