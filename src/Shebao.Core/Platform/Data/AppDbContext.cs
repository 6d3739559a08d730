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

        // Each module configures its own tables; this context only gathers them.
        Modules.Identity.IdentityModel.Configure(builder);
        Modules.Organisations.OrganisationsModel.Configure(builder, IsPostgres);
        Modules.Persons.PersonsModel.Configure(builder, IsPostgres);
        Modules.Auditing.AuditingModel.Configure(builder);
        Modules.Parameters.ParametersModel.Configure(builder);
        Modules.Calendar.CalendarModel.Configure(builder);
        Modules.Cases.CasesModel.Configure(builder);
        Modules.Resident.ResidentModel.Configure(builder);
        Modules.Employers.EmployersModel.Configure(builder);
        Modules.Certification.CertificationModel.Configure(builder, IsPostgres);
        Modules.Cards.CardsModel.Configure(builder);
        Modules.Proofs.ProofsModel.Configure(builder);
        Modules.Queries.QueriesModel.Configure(builder);
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
