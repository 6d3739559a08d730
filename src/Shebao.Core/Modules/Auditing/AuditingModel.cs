using Microsoft.EntityFrameworkCore;

namespace Shebao.Core.Modules.Auditing;

/// <summary>The module's part of the EF model; AppDbContext.OnModelCreating calls it.</summary>
internal static class AuditingModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<AuditEntry>(e =>
        {
            e.ToTable("AuditEntries");
            e.HasKey(a => a.Seq);
            e.Property(a => a.Seq).ValueGeneratedNever();
            e.Property(a => a.UserName).HasMaxLength(64);
            e.Property(a => a.OrgUnitCode).HasMaxLength(20);
            e.Property(a => a.Ip).HasMaxLength(64);
            e.Property(a => a.Action).HasMaxLength(64);
            e.Property(a => a.ObjectType).HasMaxLength(32);
            e.Property(a => a.ObjectId).HasMaxLength(64);
            e.Property(a => a.Result).HasMaxLength(16);
            e.Property(a => a.Fields).HasMaxLength(500);
            e.Property(a => a.Reason).HasMaxLength(500);
            e.Property(a => a.PrevHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.HasIndex(a => a.At);
            e.HasIndex(a => new { a.UserName, a.At });
            e.HasIndex(a => new { a.ObjectType, a.ObjectId });
        });

        b.Entity<AuditChainHead>(e =>
        {
            e.ToTable("AuditChainHeads");
            e.HasKey(h => h.Id);
            e.Property(h => h.Id).ValueGeneratedNever();
            e.Property(h => h.LastHash).HasMaxLength(64);
            // The one chain head row exists from the first migration on, so appending never has to create it.
            e.HasData(new AuditChainHead { Id = 1, LastSeq = 0, LastHash = AuditHash.Genesis });
        });
    }
}
