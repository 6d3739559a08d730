using Microsoft.EntityFrameworkCore;

namespace Shebao.Core.Modules.Queries;

internal static class QueriesModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<QueryRecord>(e =>
        {
            e.ToTable("query_records");
            e.HasKey(x => x.Id);
            e.Property(x => x.Dataset).HasMaxLength(40);
            e.Property(x => x.SubjectKey).HasMaxLength(80);
            e.Property(x => x.SubjectName).HasMaxLength(100);
            e.Property(x => x.SubjectMasked).HasMaxLength(40);
            e.Property(x => x.GroupKey).HasMaxLength(40);
            e.Property(x => x.OrgPath).HasMaxLength(200);
            e.Property(x => x.Period).HasMaxLength(10);
            e.Property(x => x.RowKey).HasMaxLength(64);
            e.Property(x => x.ImportedBy).HasMaxLength(64);
            // Every query is a seek on (dataset, subject, period); a re-import finds the rows it replaces by key.
            e.HasIndex(x => new { x.Dataset, x.SubjectKey, x.Period });
            e.HasIndex(x => new { x.Dataset, x.GroupKey });
            e.HasIndex(x => new { x.Dataset, x.RowKey }).IsUnique();
        });
    }
}
