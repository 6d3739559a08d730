using Microsoft.EntityFrameworkCore;

namespace Shebao.Core.Modules.Calendar;

/// <summary>The module's part of the EF model; AppDbContext.OnModelCreating calls it.</summary>
internal static class CalendarModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<CalendarDay>(e =>
        {
            e.ToTable("CalendarDays");
            e.HasKey(d => d.Date);
            // The date is the business key: it comes from the notice, never from the database.
            e.Property(d => d.Date).ValueGeneratedNever();
            e.Property(d => d.Kind).HasMaxLength(10);
            e.Property(d => d.Name).HasMaxLength(CalendarDay.MaxName);
            e.Property(d => d.Source).HasMaxLength(CalendarDay.MaxSource);
            e.Property(d => d.UpdatedBy).HasMaxLength(64);
        });
    }
}
