using Microsoft.EntityFrameworkCore;

namespace Shebao.Core.Modules.Certification;

internal static class CertificationModel
{
    /// <param name="postgres">PostgreSQL needs pattern operators for the prefix LIKE on paths under a non-C collation.</param>
    public static void Configure(ModelBuilder b, bool postgres)
    {
        b.Entity<Beneficiary>(e =>
        {
            e.ToTable("Beneficiaries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Scheme).HasMaxLength(20);
            e.Property(x => x.CentreCode).HasMaxLength(20);
            e.Property(x => x.SubjectType).HasMaxLength(12);
            e.Property(x => x.BenefitItems).HasMaxLength(100);
            e.Property(x => x.DisabilityGrade).HasMaxLength(2);
            e.Property(x => x.DeceasedWorkerName).HasMaxLength(50);
            e.Property(x => x.Relationship).HasMaxLength(20);
            e.Property(x => x.MonthlyAmount).HasPrecision(12, 2);
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.IdNumberMasked).HasMaxLength(18);
            e.Property(x => x.VillageCode).HasMaxLength(20);
            e.Property(x => x.OrgPath).HasMaxLength(200);
            e.Property(x => x.LastMethod).HasMaxLength(8);
            e.Property(x => x.LastPlace).HasMaxLength(100);
            e.Property(x => x.NextDueMonth).HasMaxLength(7);
            e.Property(x => x.Status).HasMaxLength(12);
            e.Property(x => x.PausedFrom).HasMaxLength(7);
            e.Property(x => x.PauseReason).HasMaxLength(4);
            e.Property(x => x.TerminatedFrom).HasMaxLength(7);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.PersonId, x.Scheme }).IsUnique();
            var byPath = e.HasIndex(x => new { x.OrgPath, x.Status, x.NextDueMonth });
            if (postgres) byPath.HasOperators("text_pattern_ops", null!, null!);
            e.HasIndex(x => new { x.CentreCode, x.Status, x.NextDueMonth });
        });
        b.Entity<BenefitPause>(e =>
        {
            e.ToTable("BenefitPauses");
            e.HasKey(x => x.Id);
            e.Property(x => x.FromMonth).HasMaxLength(7);
            e.Property(x => x.Reason).HasMaxLength(4);
            e.Property(x => x.Remarks).HasMaxLength(500);
            e.Property(x => x.PausedBy).HasMaxLength(64);
            e.Property(x => x.CaseNumber).HasMaxLength(24);
            e.Property(x => x.ResumedMonth).HasMaxLength(7);
            e.Property(x => x.BackPayAmount).HasPrecision(14, 2);
            e.Property(x => x.ResumedBy).HasMaxLength(64);
            e.HasIndex(x => x.BeneficiaryId);
        });
        b.Entity<SuspectedDeath>(e =>
        {
            e.ToTable("SuspectedDeaths");
            e.HasKey(x => x.Id);
            e.Property(x => x.Scheme).HasMaxLength(20);
            e.Property(x => x.CentreCode).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.IdNumberMasked).HasMaxLength(18);
            e.Property(x => x.Source).HasMaxLength(50);
            e.Property(x => x.VillageCode).HasMaxLength(20);
            e.Property(x => x.OrgPath).HasMaxLength(200);
            e.Property(x => x.Outcome).HasMaxLength(16);
            e.Property(x => x.Remarks).HasMaxLength(500);
            e.Property(x => x.ResolvedBy).HasMaxLength(64);
            e.HasIndex(x => new { x.PersonId, x.Scheme, x.DeathDate }).IsUnique();
            var deathsByPath = e.HasIndex(x => new { x.OrgPath, x.Outcome });
            if (postgres) deathsByPath.HasOperators("text_pattern_ops", null!);
        });
    }
}
