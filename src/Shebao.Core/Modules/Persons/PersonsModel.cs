using Microsoft.EntityFrameworkCore;

namespace Shebao.Core.Modules.Persons;

/// <summary>The module's part of the EF model; AppDbContext.OnModelCreating calls it.</summary>
internal static class PersonsModel
{
    /// <param name="postgres">PostgreSQL needs pattern operators for the prefix LIKE on paths and names under a non-C collation.</param>
    public static void Configure(ModelBuilder b, bool postgres)
    {
        b.Entity<Person>(e =>
        {
            e.ToTable("Persons");
            e.HasKey(p => p.Id);
            e.Property(p => p.Name).HasMaxLength(50);
            e.Property(p => p.IdNumberCipher).HasMaxLength(200);
            e.Property(p => p.IdNumberIndex).HasMaxLength(64);
            e.Property(p => p.IdNumberMasked).HasMaxLength(18);
            e.Property(p => p.Gender).HasMaxLength(1);
            e.Property(p => p.Ethnicity).HasMaxLength(2);
            e.Property(p => p.PhoneCipher).HasMaxLength(200);
            e.Property(p => p.PhoneMasked).HasMaxLength(20);
            e.Property(p => p.BankAccountCipher).HasMaxLength(200);
            e.Property(p => p.BankAccountMasked).HasMaxLength(32);
            e.Property(p => p.BankName).HasMaxLength(50);
            e.Property(p => p.Address).HasMaxLength(200);
            e.Property(p => p.HouseholdType).HasMaxLength(2);
            e.Property(p => p.VillageCode).HasMaxLength(20);
            e.Property(p => p.GroupName).HasMaxLength(20);
            e.Property(p => p.OrgPath).HasMaxLength(200);
            e.Property(p => p.SpecialIdentity).HasMaxLength(3);
            e.Property(p => p.ResidentInsuredStatus).HasMaxLength(1);
            e.Property(p => p.ResidentPaymentStatus).HasMaxLength(1);
            e.Property(p => p.EmployeePensionStatus).HasMaxLength(1);
            e.Property(p => p.Version).IsConcurrencyToken();
            // The unique index also covers pending registrations, so two clerks registering one number race on it, not on a check.
            e.HasIndex(p => p.IdNumberIndex).IsUnique();
            e.HasQueryFilter(p => !p.RegistrationPending);
            var pathName = e.HasIndex(p => new { p.OrgPath, p.Name });
            var namePath = e.HasIndex(p => new { p.Name, p.OrgPath });
            if (postgres)
            {
                pathName.HasOperators("text_pattern_ops", "text_pattern_ops");
                namePath.HasOperators("text_pattern_ops", "text_pattern_ops");
            }
        });

        b.Entity<PersonImport>(e =>
        {
            e.ToTable("PersonImports");
            e.HasKey(i => i.Id);
            e.Property(i => i.FileName).HasMaxLength(200);
            e.Property(i => i.Status).HasMaxLength(16);
            e.Property(i => i.By).HasMaxLength(64);
            e.Property(i => i.OrgPath).HasMaxLength(200);
            e.HasIndex(i => i.CreatedAt);
        });

        b.Entity<PersonChange>(e =>
        {
            e.ToTable("PersonChanges");
            e.HasKey(c => c.Id);
            e.Property(c => c.Kind).HasMaxLength(40);
            e.Property(c => c.Summary).HasMaxLength(500);
            e.Property(c => c.CaseNumber).HasMaxLength(24);
            e.Property(c => c.By).HasMaxLength(64);
            e.HasIndex(c => new { c.PersonId, c.At });
            e.HasIndex(c => c.CaseId);
        });
    }
}
