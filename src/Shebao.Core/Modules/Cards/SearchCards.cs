using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cards;

/// <summary>Exactly one of: the holder's ID number, the card number, or the person's id. Never in a URL.</summary>
public sealed record SearchCardsQuery(string? IdNumber, string? CardNumber, Guid? PersonId);

/// <summary>The counter's first screen: a person's cards, newest first, within the caller's area.</summary>
public sealed class SearchCardsHandler(AppDbContext db, CurrentScope currentScope, CardReader reader, PersonLookup persons)
{
    public async Task<Result<IReadOnlyList<CardView>>> HandleAsync(SearchCardsQuery q, CancellationToken ct = default)
    {
        var scope = await currentScope.GetAsync(ct);
        Guid? personId = q.PersonId;
        if (!string.IsNullOrWhiteSpace(q.IdNumber))
        {
            var found = await persons.InScopeAsync(q.IdNumber, ct);
            if (found.Kind == ResultKind.Invalid) return Result<IReadOnlyList<CardView>>.From(found);
            personId = found.Value?.Id;
            if (personId is null) return Result<IReadOnlyList<CardView>>.From(Result.Invalid("idNumber", "本辖区没有该公民身份号码的参保人登记，请核对号码"));
        }
        else if (!string.IsNullOrWhiteSpace(q.CardNumber))
        {
            var number = q.CardNumber.Trim().ToUpperInvariant();
            personId = await db.Set<Card>().AsNoTracking().VisibleTo(db, scope).Where(c => c.CardNumber == number).Select(c => (Guid?)c.PersonId).SingleOrDefaultAsync(ct);
            if (personId is null) return Result<IReadOnlyList<CardView>>.From(Result.Invalid("cardNumber", "本辖区没有该卡号的社会保障卡，请核对卡面卡号"));
        }
        else if (personId is null)
        {
            return Result<IReadOnlyList<CardView>>.From(Result.Invalid("idNumber", "请输入公民身份号码或社会保障卡卡号"));
        }
        else if (!await db.Persons.AsNoTracking().VisibleTo(scope).AnyAsync(p => p.Id == personId, ct))
        {
            return Result<IReadOnlyList<CardView>>.From(Result.NotFound());
        }

        var cards = await reader.OfPersonAsync(personId.Value, ct);
        var views = new List<CardView>();
        foreach (var card in cards) views.Add(await reader.ViewAsync(card, 5, ct));
        return views;
    }
}
