using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Identity;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;

namespace Shebao.Core.Platform.Data;

/// <summary>
/// The one DbContext. Provider subclasses exist only to carry their own migrations.
/// Audit rows added through <see cref="AddAudit"/> are chained and committed in the same transaction as the change.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    private readonly List<AuditEntry> pendingAudit = [];

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<PolicyParameter> PolicyParameters => Set<PolicyParameter>();
    public DbSet<Modules.Calendar.CalendarDay> CalendarDays => Set<Modules.Calendar.CalendarDay>();

    public abstract bool IsPostgres { get; }

    internal void AddAudit(AuditEntry entry) => pendingAudit.Add(entry);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<AppUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(50);
            e.Property(u => u.OrgUnitCode).HasMaxLength(20);
            e.HasIndex(u => u.OrgUnitCode);
        });

        builder.Entity<OrgUnit>(e =>
        {
            e.ToTable("OrgUnits");
            e.HasKey(u => u.Code);
            e.Property(u => u.Code).HasMaxLength(20);
            e.Property(u => u.Name).HasMaxLength(60);
            e.Property(u => u.Kind).HasMaxLength(10);
            e.Property(u => u.ParentCode).HasMaxLength(20);
            e.Property(u => u.Path).HasMaxLength(200);
            e.Property(u => u.Source).HasMaxLength(200);
            e.HasIndex(u => u.Path);
            e.HasIndex(u => u.ParentCode);
            e.Ignore(u => u.IsActive);
        });

        builder.Entity<Person>(e =>
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
            e.HasIndex(p => p.IdNumberIndex).IsUnique();
            e.HasIndex(p => new { p.OrgPath, p.Name });
            e.HasIndex(p => new { p.Name, p.OrgPath });
        });

        builder.Entity<AuditEntry>(e =>
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

        builder.Entity<PolicyParameter>(e =>
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

        builder.Entity<PersonChange>(e =>
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

        Modules.Calendar.CalendarModel.Configure(builder);
        Modules.Cases.CasesModel.Configure(builder);
        Modules.Resident.ResidentModel.Configure(builder);
        Modules.Employers.EmployersModel.Configure(builder);
        Modules.Certification.CertificationModel.Configure(builder, IsPostgres);
        Modules.Cards.CardsModel.Configure(builder);
        Modules.Proofs.ProofsModel.Configure(builder);
        Modules.Queries.QueriesModel.Configure(builder);

        builder.Entity<AuditChainHead>(e =>
        {
            e.ToTable("AuditChainHeads");
            e.HasKey(h => h.Id);
            e.Property(h => h.Id).ValueGeneratedNever();
            e.Property(h => h.LastHash).HasMaxLength(64);
            e.HasData(new AuditChainHead { Id = 1, LastSeq = 0, LastHash = AuditHash.Genesis });
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC on both engines; SQLite hands them back unspecified, so say so on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (pendingAudit.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var ownTransaction = Database.CurrentTransaction is null;
        var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var head = await LockChainHeadAsync(cancellationToken);
        try
        {
            foreach (var entry in pendingAudit)
            {
                entry.Seq = ++head.LastSeq;
                entry.PrevHash = head.LastHash;
                entry.Hash = AuditHash.Compute(entry);
                head.LastHash = entry.Hash;
                AuditEntries.Add(entry);
            }
            // Said explicitly: a caller that switched change detection off (a bulk import) must not fork the chain.
            Entry(head).State = EntityState.Modified;
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            pendingAudit.Clear();
            return written;
        }
        catch
        {
            // Fail closed (P8): nothing of the action stays, and a retry must not see half-chained rows.
            foreach (var entry in pendingAudit) Entry(entry).State = EntityState.Detached;
            pendingAudit.Clear();
            throw;
        }
        finally
        {
            Entry(head).State = EntityState.Detached;
            if (transaction is not null) await transaction.DisposeAsync();
        }
    }

    /// <summary>PostgreSQL: row lock so concurrent instances cannot fork the chain. SQLite: the write transaction is already exclusive.</summary>
    private Task<AuditChainHead> LockChainHeadAsync(CancellationToken ct) => IsPostgres
        ? AuditChainHeads.FromSqlRaw("SELECT * FROM \"AuditChainHeads\" WHERE \"Id\" = 1 FOR UPDATE").SingleAsync(ct)
        : AuditChainHeads.SingleAsync(h => h.Id == 1, ct);

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
