using Microsoft.EntityFrameworkCore;

namespace Shebao.Core.Modules.Identity;

/// <summary>The module's part of the EF model beyond ASP.NET Identity's own tables; AppDbContext.OnModelCreating calls it.</summary>
internal static class IdentityModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<AppUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(50);
            e.Property(u => u.OrgUnitCode).HasMaxLength(20);
            e.HasIndex(u => u.OrgUnitCode);
        });
    }
}
