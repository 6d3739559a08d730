using Microsoft.EntityFrameworkCore;

namespace Shebao.Core.Modules.Parameters;

/// <summary>The module's part of the EF model; AppDbContext.OnModelCreating calls it.</summary>
internal static class ParametersModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<PolicyParameter>(e =>
        {
            e.ToTable("PolicyParameters");
            e.HasKey(p => p.Id);
            e.Property(p => p.Code).HasMaxLength(40);
            e.Property(p => p.Name).HasMaxLength(100);
            e.Property(p => p.RegionCode).HasMaxLength(12);
            e.Property(p => p.Value).HasMaxLength(4000);
            e.Property(p => p.Unit).HasMaxLength(20);
            e.Property(p => p.Confidence).HasMaxLength(16);
            e.Property(p => p.SourceDoc).HasMaxLength(200);
            e.Property(p => p.Note).HasMaxLength(500);
            e.Property(p => p.CreatedBy).HasMaxLength(64);
            e.Property(p => p.ClosedBy).HasMaxLength(64);
            e.Ignore(p => p.ToConfirm);
            e.HasIndex(p => new { p.Code, p.RegionCode, p.ValidFrom }).IsUnique();
        });
    }
}
