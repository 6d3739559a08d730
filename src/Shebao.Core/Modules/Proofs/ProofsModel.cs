using Microsoft.EntityFrameworkCore;

namespace Shebao.Core.Modules.Proofs;

internal static class ProofsModel
{
    public static void Configure(ModelBuilder b) => b.Entity<Proof>(e =>
    {
        e.ToTable("Proofs");
        e.HasKey(p => p.Number);
        e.Property(p => p.Number).HasMaxLength(16);
        e.Property(p => p.Type).HasMaxLength(16);
        e.Property(p => p.Title).HasMaxLength(100);
        e.Property(p => p.SubjectSummary).HasMaxLength(300);
        e.Property(p => p.IssuerName).HasMaxLength(100);
        e.Property(p => p.IssuerOrgUnitCode).HasMaxLength(20);
        e.Property(p => p.IssuedBy).HasMaxLength(64);
        e.Property(p => p.VerifyCodeHash).HasMaxLength(64);
        e.Property(p => p.ContentHash).HasMaxLength(64);
        e.HasIndex(p => p.IssuedAt);
        e.HasIndex(p => new { p.Type, p.IssuedAt });
    });
}
