using Shebao.Core.Modules.ServiceItems;

namespace Shebao.Core.Modules.Cases;

/// <summary><c>Registration</c>: one of <see cref="Persons.RegistrationStates"/> (a new person stays pending until the registration is approved).</summary>
public sealed record CasePersonView(Guid Id, string Name, string IdNumberMasked, string Registration);

public sealed record CaseMaterialView(string Code, string Name, bool Required, bool Attached, bool NamedInReturn);

public sealed record CaseHistoryView(DateTime At, string By, string Action, string? From, string To, string? Comment, string? MissingMaterials);

/// <summary>
/// What the clerk did since the last return, for the reviewer: "自退回后修改了：…" (form corrections, masked), the new files,
/// and the clerk's written reason for named materials without a new file.
/// </summary>
public sealed record CaseSinceReturnView(string Summary, IReadOnlyList<string> Changes, IReadOnlyList<string> NewFiles, string? ClerkNote);

/// <summary>
/// One case as api.md shapes it, plus the labels a page needs; <c>MayAttach</c> and <c>MayEditForm</c> are the workflow
/// table's answers for this user now.
/// </summary>
public sealed record CaseView(
    Guid Id, string Number, string ItemCode, string ItemName, string Status, string CurrentTier, CasePersonView Person,
    string OrgUnitCode, string AcceptedBy, DateTime AcceptedAt, DateOnly? DueDate, bool Overdue, bool DueSoon, bool Paused,
    int Version, IReadOnlyList<string> AllowedActions, bool MayAttach, IReadOnlyList<FormFieldView> Form, IReadOnlyList<CaseMaterialView> Materials,
    IReadOnlyList<CaseHistoryView> History, string? ArchiveNo, string? LastReason, string? AssignedReviewer,
    IReadOnlyList<CaseAttachmentView> Attachments, IReadOnlyList<RuleCheck> Checks, bool MayEditForm = false, CaseSinceReturnView? SinceReturn = null);

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

    /// <summary>Null until a reviewer has returned the case; then what changed after the last return.</summary>
    public static CaseSinceReturnView? SinceReturn(ServiceItem? item, IReadOnlyList<CaseHistoryEntry> history, IReadOnlyList<CaseAttachment> attachments)
    {
        var lastReturn = history.LastOrDefault(h => h.Action == CaseActions.Return);
        if (lastReturn is null) return null;
        var after = history.SkipWhile(h => h != lastReturn).Skip(1).ToList();
        var changes = after.Where(h => h.Action == CaseActions.Correct && h.Comment is not null).SelectMany(h => h.Comment!.Split('；')).ToList();
        var newFiles = attachments.Where(a => a.UploadedAt >= lastReturn.At)
            .Select(a => $"{item?.Materials.FirstOrDefault(m => m.Code == a.MaterialCode)?.Name ?? a.MaterialCode}（{a.FileName}）").ToList();
        var note = after.LastOrDefault(h => h.Action == CaseActions.Resubmit)?.Comment;
        var summary = changes.Count == 0 ? "自退回后未修改申请表" : "自退回后修改了：" + string.Join("；", changes);
        return new CaseSinceReturnView(summary, changes, newFiles, note);
    }
}
