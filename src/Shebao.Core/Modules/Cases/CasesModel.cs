using Microsoft.EntityFrameworkCore;

namespace Shebao.Core.Modules.Cases;

internal sealed class CaseNumberCounter
{
    public string Department { get; set; } = "";
    public long Next { get; set; }
}

/// <summary>(user, key) → the case a create request made, with a hash of its body (draft-ietf-httpapi-idempotency-key).</summary>
internal sealed class IdempotencyRecord
{
    public string UserId { get; set; } = "";
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public Guid CaseId { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal static class CasesModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Case>(e =>
        {
            e.ToTable("Cases");
            e.HasKey(c => c.Id);
            e.Property(c => c.Number).HasMaxLength(24);
            e.HasIndex(c => c.Number).IsUnique();
            e.Property(c => c.ItemCode).HasMaxLength(8);
            e.Property(c => c.Status).HasMaxLength(12);
            e.Property(c => c.CurrentTier).HasMaxLength(10);
            e.Property(c => c.AcceptingTier).HasMaxLength(10);
            e.Property(c => c.PersonName).HasMaxLength(50);
            e.Property(c => c.PersonIdMasked).HasMaxLength(18);
            e.Property(c => c.OrgUnitCode).HasMaxLength(20);
            e.Property(c => c.OrgPath).HasMaxLength(200);
            e.Property(c => c.CentreCode).HasMaxLength(20);
            e.Property(c => c.AcceptedBy).HasMaxLength(64);
            e.Property(c => c.SubmittedBy).HasMaxLength(64);
            e.Property(c => c.AssignedReviewer).HasMaxLength(64);
            e.Property(c => c.Form).HasMaxLength(20000);
            e.Property(c => c.MissingMaterials).HasMaxLength(500);
            e.Property(c => c.LastReason).HasMaxLength(1000);
            e.Property(c => c.TimeLimitKind).HasMaxLength(10);
            e.Property(c => c.ArchiveNo).HasMaxLength(40);
            e.Property(c => c.LookupCodeCipher).HasMaxLength(200);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.Ignore(c => c.IsPaused);
            e.HasMany(c => c.History).WithOne().HasForeignKey(h => h.CaseId);
            e.HasIndex(c => new { c.OrgPath, c.Status, c.DueDate });
            e.HasIndex(c => new { c.CentreCode, c.Status, c.DueDate });
            e.HasIndex(c => new { c.PersonId, c.ItemCode, c.Status });
        });
        b.Entity<CaseHistoryEntry>(e =>
        {
            e.ToTable("CaseHistory");
            e.HasKey(h => h.Id);
            e.Property(h => h.By).HasMaxLength(64);
            e.Property(h => h.Action).HasMaxLength(12);
            e.Property(h => h.From).HasMaxLength(12);
            e.Property(h => h.To).HasMaxLength(12);
            e.Property(h => h.Comment).HasMaxLength(1000);
            e.Property(h => h.MissingMaterials).HasMaxLength(500);
            e.HasIndex(h => new { h.CaseId, h.At });
        });
        b.Entity<CaseAttachment>(e =>
        {
            e.ToTable("CaseAttachments");
            e.HasKey(a => a.Id);
            e.Property(a => a.MaterialCode).HasMaxLength(40);
            e.Property(a => a.FileName).HasMaxLength(200);
            e.Property(a => a.Sha256).HasMaxLength(64);
            e.Property(a => a.ContentType).HasMaxLength(40);
            e.Property(a => a.ThumbnailSha256).HasMaxLength(64);
            e.Property(a => a.UploadedBy).HasMaxLength(64);
            e.HasIndex(a => a.CaseId);
        });
        b.Entity<RegularCheck>(e =>
        {
            e.ToTable("RegularChecks");
            e.HasKey(r => r.Id);
            e.Property(r => r.OrgUnitCode).HasMaxLength(20);
            e.Property(r => r.OrgPath).HasMaxLength(200);
            e.Property(r => r.Findings).HasMaxLength(1000);
            e.Property(r => r.FollowUp).HasMaxLength(1000);
            e.Property(r => r.CheckedBy).HasMaxLength(64);
            e.HasIndex(r => new { r.OrgPath, r.CheckedOn });
        });
        b.Entity<CaseNumberCounter>(e =>
        {
            e.ToTable("CaseNumberCounters");
            e.HasKey(c => c.Department);
            e.Property(c => c.Department).HasMaxLength(4);
        });
        b.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("IdempotencyKeys");
            e.HasKey(i => new { i.UserId, i.Key });
            e.Property(i => i.UserId).HasMaxLength(64);
            e.Property(i => i.Key).HasMaxLength(64);
            e.Property(i => i.RequestHash).HasMaxLength(64);
        });
    }
}
