using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Persons;

public sealed record PersonFact(string Label, string Value, bool Warning = false);

public sealed record PersonTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// One block of what the registry knows about a person (城居保 relation, contributions, benefit, employment,
/// card …). <see cref="Summary"/> is the one-line status; facts carry warnings a clerk must explain.
/// </summary>
public sealed record PersonSection(string Key, string Title, string Summary, IReadOnlyList<PersonFact> Facts, IReadOnlyList<PersonTable> Tables, int Order = 100);

/// <summary>
/// Each module that keeps part of a person's record contributes its section, so the person page, the API and
/// the case form ("what the system already knows") show it without Persons knowing every module.
/// Callers have already checked that the person is in scope.
/// </summary>
public interface IPersonSectionSource
{
    Task<PersonSection?> GetAsync(Guid personId, AppDbContext db, DateOnly today, CancellationToken ct);
}

public sealed class PersonSections(IEnumerable<IPersonSectionSource> sources)
{
    public async Task<IReadOnlyList<PersonSection>> GetAsync(Guid personId, AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var sections = new List<PersonSection>();
        foreach (var source in sources)
            if (await source.GetAsync(personId, db, today, ct) is { } section) sections.Add(section);
        return sections.OrderBy(s => s.Order).ToList();
    }
}
