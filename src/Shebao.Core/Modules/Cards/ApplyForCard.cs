using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cards;

/// <summary>申领 (A2-24). Fields left empty are taken from the person's record (sex, ethnicity, birth date, addresses, phone).</summary>
public sealed record ApplyForCardCommand(
    string? IdNumber, string? Name, string? Bank, string? Delivery, string? MailingAddress, string? Photo, string? Phone,
    string? HouseholdAddress, string? ResidentialAddress, string? IdValidUntil, string? GuardianName, string? GuardianIdNumber, string? GuardianRelationship,
    string? IdempotencyKey);

public sealed class ApplyForCardHandler(AppDbContext db, PersonLookup persons, CreateCaseHandler createCase, CardReader reader, ICryptoProvider crypto)
{
    public async Task<Result<CardView>> HandleAsync(ApplyForCardCommand c, CancellationToken ct = default)
    {
        var found = await persons.InScopeAsync(c.IdNumber, ct);
        if (found.Kind == ResultKind.Invalid) return Result<CardView>.From(found);
        // Not found is left to the case: it says so on the ID field like every other item.
        var person = found.Value is { } known
            ? await db.Persons.AsNoTracking().Where(p => p.Id == known.Id).Select(p => new { p.Gender, p.Ethnicity, p.BirthDate, p.Address, p.PhoneCipher }).SingleAsync(ct)
            : null;
        var form = new Dictionary<string, string?>
        {
            ["gender"] = person?.Gender,
            ["ethnicity"] = person?.Ethnicity,
            ["birthDate"] = person?.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["householdAddress"] = Or(c.HouseholdAddress, person?.Address),
            ["residentialAddress"] = Or(c.ResidentialAddress, person?.Address),
            ["phone"] = Or(c.Phone, person?.PhoneCipher is { } phone ? crypto.Decrypt(phone) : null),
            ["idValidUntil"] = c.IdValidUntil,
            ["bank"] = c.Bank,
            ["delivery"] = c.Delivery,
            ["mailingAddress"] = c.MailingAddress,
            ["photo"] = c.Photo,
            ["guardianName"] = c.GuardianName,
            ["guardianIdNumber"] = c.GuardianIdNumber,
            ["guardianRelationship"] = c.GuardianRelationship,
        };
        Result<CreatedCase> created;
        try
        {
            created = await createCase.HandleAsync(new CreateCaseCommand(CardRules.Apply, IdNumber.Normalize(c.IdNumber), c.Name,
                form.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value), c.IdempotencyKey ?? Guid.NewGuid().ToString()), ct);
        }
        catch (DbUpdateException)
        {
            // Two counters applied for the same person at once: the one-valid-card index let only one through.
            return Result<CardView>.From(Result.Conflict("该参保人刚刚已受理社会保障卡申领，请查询后办理"));
        }
        if (!created.IsSuccess) return Result<CardView>.From(created);
        var card = await db.Set<Card>().SingleAsync(x => x.ApplicationNo == created.Value!.Number, ct);
        return (await reader.ViewAsync(card, 10, ct)) with { CaseNumber = created.Value!.Number };
    }

    private static string? Or(string? given, string? known) => string.IsNullOrWhiteSpace(given) ? known : given.Trim();
}
