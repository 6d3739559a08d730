using Microsoft.EntityFrameworkCore;

namespace Shebao.Core.Modules.Organisations;

/// <summary>The module's part of the EF model; AppDbContext.OnModelCreating calls it.</summary>
internal static class OrganisationsModel
{
    /// <param name="postgres">PostgreSQL needs pattern operators for the prefix LIKE on paths under a non-C collation.</param>
    public static void Configure(ModelBuilder b, bool postgres)
    {
        b.Entity<OrgUnit>(e =>
        {
            e.ToTable("OrgUnits");
            e.HasKey(u => u.Code);
            e.Property(u => u.Code).HasMaxLength(20);
            e.Property(u => u.Name).HasMaxLength(60);
            e.Property(u => u.Kind).HasMaxLength(10);
            e.Property(u => u.ParentCode).HasMaxLength(20);
            e.Property(u => u.Path).HasMaxLength(200);
            e.Property(u => u.Source).HasMaxLength(200);
            var path = e.HasIndex(u => u.Path);
            if (postgres) path.HasOperators("text_pattern_ops");
            e.HasIndex(u => u.ParentCode);
            e.Ignore(u => u.IsActive);
        });
    }
}
