using Microsoft.EntityFrameworkCore;

namespace Shebao.Core.Modules.Resident;

internal static class ResidentModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ResidentEnrolment>(e =>
        {
            e.ToTable("ResidentEnrolments");
            e.HasKey(x => x.PersonId);
            e.Property(x => x.EnrolledMonth).HasMaxLength(7);
            e.Property(x => x.Age60Month).HasMaxLength(7);
            e.Property(x => x.Grade).HasPrecision(12, 2);
            e.Property(x => x.PaymentMethod).HasMaxLength(2);
            e.Property(x => x.WithholdingAccountCipher).HasMaxLength(200);
            e.Property(x => x.WithholdingAccountMasked).HasMaxLength(40);
            e.Property(x => x.InsuredIdentity).HasMaxLength(3);
            e.Property(x => x.InterruptReason).HasMaxLength(4);
            e.Property(x => x.InterruptMonth).HasMaxLength(7);
            e.Property(x => x.InterruptRemark).HasMaxLength(1000);
            e.Property(x => x.TransferredFrom).HasMaxLength(200);
        });
        b.Entity<ResidentContribution>(e =>
        {
            e.ToTable("ResidentContributions");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.PersonId, x.Year }).IsUnique();
            e.Property(x => x.Kind).HasMaxLength(2);
            e.Property(x => x.Status).HasMaxLength(10);
            foreach (var p in new[] { "Grade", "Personal", "ProvincialSubsidy", "CitySubsidy", "CountySubsidy", "Collective", "GovernmentPaid" })
                e.Property(p).HasPrecision(12, 2);
            e.Ignore(x => x.Total);
        });
        b.Entity<ResidentAccount>(e =>
        {
            e.ToTable("ResidentAccounts");
            e.HasKey(x => x.PersonId);
            foreach (var p in new[] { "Personal", "ProvincialSubsidy", "CitySubsidy", "CountySubsidy", "Collective", "GovernmentPaid", "TransferredIn", "Interest" })
                e.Property(p).HasPrecision(14, 2);
            e.Ignore(x => x.Balance);
        });
        b.Entity<SpecialIdentityRecord>(e =>
        {
            e.ToTable("SpecialIdentities");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.PersonId);
            e.Property(x => x.Code).HasMaxLength(3);
            e.Property(x => x.Authority).HasMaxLength(100);
            e.Property(x => x.CertificateCipher).HasMaxLength(200);
            e.Property(x => x.CertificateMasked).HasMaxLength(40);
        });
        b.Entity<ResidentBenefit>(e =>
        {
            e.ToTable("ResidentBenefits");
            e.HasKey(x => x.PersonId);
            foreach (var p in new[] { "StartMonth", "PaidThroughMonth", "PauseMonth", "ResumedMonth", "TerminationMonth" })
                e.Property(p).HasMaxLength(7);
            foreach (var p in new[] { "BasicCentral", "BasicProvincial", "BasicCity", "BasicCounty", "BasicBonus", "AccountPension", "Monthly", "AccountBalanceAtStart", "BackPayAmount", "Overpayment", "OverpaymentDeducted", "Refund", "FuneralGrant" })
                e.Property(p).HasPrecision(14, 2);
            e.Property(x => x.Divisor).HasPrecision(8, 2);
            e.Property(x => x.ParametersUsed).HasMaxLength(1000);
            e.Property(x => x.Status).HasMaxLength(12);
            e.Property(x => x.PauseReason).HasMaxLength(4);
            e.Property(x => x.TerminationReason).HasMaxLength(4);
            e.Property(x => x.HeirName).HasMaxLength(50);
            e.Property(x => x.HeirRelationship).HasMaxLength(20);
            foreach (var p in new[] { "PaymentAccountCipher", "HeirIdCipher", "HeirAccountCipher" })
                e.Property(p).HasMaxLength(200);
            foreach (var p in new[] { "PaymentAccountMasked", "HeirIdMasked", "HeirAccountMasked" })
                e.Property(p).HasMaxLength(40);
        });
    }
}
