using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Cards;

internal static class CardsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Card>(e =>
        {
            e.ToTable("Cards");
            e.HasKey(c => c.Id);
            e.Property(c => c.CardNumber).HasMaxLength(9);
            e.Property(c => c.CardIdentifier).HasMaxLength(32);
            e.Property(c => c.IssuingArea).HasMaxLength(6);
            e.Property(c => c.Bank).HasMaxLength(50);
            e.Property(c => c.Status).HasMaxLength(16);
            e.Property(c => c.SocialStatus).HasMaxLength(16);
            e.Property(c => c.FinancialStatus).HasMaxLength(16);
            e.Property(c => c.StatusBeforeLoss).HasMaxLength(16);
            e.Property(c => c.PinHash).HasMaxLength(120);
            e.Property(c => c.PhoneCipher).HasMaxLength(200);
            e.Property(c => c.PhoneMasked).HasMaxLength(20);
            e.Property(c => c.Address).HasMaxLength(200);
            e.Property(c => c.Postcode).HasMaxLength(6);
            e.Property(c => c.Delivery).HasMaxLength(10);
            e.Property(c => c.MailingAddress).HasMaxLength(200);
            e.Property(c => c.PhotoSource).HasMaxLength(10);
            e.Property(c => c.ApplicationNo).HasMaxLength(24);
            e.Property(c => c.BatchNo).HasMaxLength(24);
            e.Property(c => c.ReplacementReason).HasMaxLength(20);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasIndex(c => c.CardNumber).IsUnique();
            e.HasIndex(c => c.ApplicationNo).IsUnique();
            e.HasIndex(c => new { c.Status, c.BatchNo });
            // One valid card per person, enforced by the database on both engines.
            e.HasIndex(c => c.PersonId).IsUnique().HasFilter("\"Status\" NOT IN ('replacing', 'cancelled')").HasDatabaseName("IX_Cards_OneValidPerPerson");
            e.HasIndex(c => new { c.PersonId, c.CreatedAt });
        });
        b.Entity<CardEvent>(e =>
        {
            e.ToTable("CardEvents");
            e.HasKey(x => x.Id);
            e.Property(x => x.By).HasMaxLength(64);
            e.Property(x => x.OrgUnitCode).HasMaxLength(20);
            e.Property(x => x.Action).HasMaxLength(24);
            e.Property(x => x.From).HasMaxLength(16);
            e.Property(x => x.To).HasMaxLength(16);
            e.Property(x => x.CaseNumber).HasMaxLength(24);
            e.Property(x => x.Note).HasMaxLength(300);
            e.HasIndex(x => new { x.CardId, x.At });
        });
    }
}

/// <summary>Cards are scoped through their holder: a card outside the caller's area does not exist for them.</summary>
internal static class CardQueries
{
    public static IQueryable<Card> VisibleTo(this IQueryable<Card> cards, AppDbContext db, OrgScope scope) =>
        scope.PathPrefix == OrgScope.DistrictPath ? cards : cards.Where(c => db.Persons.VisibleTo(scope).Any(p => p.Id == c.PersonId));

    /// <summary>The person's one valid card (any status but replacing and cancelled), tracked.</summary>
    public static Task<Card?> ValidCardAsync(AppDbContext db, Guid personId, CancellationToken ct) =>
        db.Set<Card>().Where(c => c.PersonId == personId && !CardStatuses.Retired.Contains(c.Status)).SingleOrDefaultAsync(ct);

}
