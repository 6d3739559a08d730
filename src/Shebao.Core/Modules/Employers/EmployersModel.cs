using Microsoft.EntityFrameworkCore;

namespace Shebao.Core.Modules.Employers;

internal static class EmployersModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Employer>(e =>
        {
            e.ToTable("Employers");
            e.HasKey(x => x.Id);
            e.Property(x => x.UnitCode).HasMaxLength(20);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.LegalRepresentative).HasMaxLength(50);
            e.Property(x => x.Officer).HasMaxLength(50);
            e.Property(x => x.OrgUnitCode).HasMaxLength(20);
            e.Property(x => x.OrgPath).HasMaxLength(200);
            e.HasIndex(x => x.CreditCode).IsUnique();
            e.HasIndex(x => x.UnitCode).IsUnique();
            e.HasIndex(x => new { x.OrgPath, x.Name });
        });

        b.Entity<EmployerRollEntry>(e =>
        {
            e.ToTable("EmployerRoll");
            e.HasKey(x => x.Id);
            e.Property(x => x.PersonName).HasMaxLength(50);
            e.Property(x => x.IdNumberMasked).HasMaxLength(18);
            e.Property(x => x.WageBase).HasPrecision(12, 2);
            e.Property(x => x.EffectiveMonth).HasMaxLength(7);
            e.Property(x => x.Status).HasMaxLength(1);
            e.Property(x => x.ChangeReason).HasMaxLength(40);
            e.Property(x => x.CaseNumber).HasMaxLength(24);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.Insurances);
            e.HasIndex(x => new { x.EmployerId, x.PersonId }).IsUnique();
            e.HasIndex(x => x.PersonId);
        });

        b.Entity<EmployerRollChange>(e =>
        {
            e.ToTable("EmployerRollChanges");
            e.HasKey(x => x.Id);
            e.Property(x => x.PersonName).HasMaxLength(50);
            e.Property(x => x.IdNumberMasked).HasMaxLength(18);
            e.Property(x => x.Kind).HasMaxLength(8);
            e.Property(x => x.Reason).HasMaxLength(40);
            e.Property(x => x.EffectiveMonth).HasMaxLength(7);
            e.Property(x => x.WageBase).HasPrecision(12, 2);
            e.Property(x => x.StatusAfter).HasMaxLength(1);
            e.Property(x => x.CaseNumber).HasMaxLength(24);
            e.Property(x => x.By).HasMaxLength(64);
            e.HasIndex(x => new { x.EmployerId, x.EffectiveMonth });
            e.HasIndex(x => x.PersonId);
        });

        b.Entity<FlexibleEnrolment>(e =>
        {
            e.ToTable("FlexibleEnrolments");
            e.HasKey(x => x.Id);
            e.Property(x => x.BaseAmount).HasPrecision(12, 2);
            e.Property(x => x.BaseRatio).HasPrecision(5, 4);
            e.Property(x => x.StartMonth).HasMaxLength(7);
            e.Property(x => x.EndMonth).HasMaxLength(7);
            e.Property(x => x.Status).HasMaxLength(1);
            e.Property(x => x.StopReason).HasMaxLength(200);
            e.Property(x => x.CaseNumber).HasMaxLength(24);
            e.Property(x => x.StopCaseNumber).HasMaxLength(24);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.PersonId, x.Status });
        });
    }
}
