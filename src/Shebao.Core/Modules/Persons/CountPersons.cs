using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Security;

namespace Shebao.Core.Modules.Persons;

/// <summary>Who may read citizens' data at all: the clerks and the centre reviewers, never the administrator or the auditor (三权分立).</summary>
internal static class PersonReaders
{
    public static readonly IReadOnlySet<string> Roles = new HashSet<string> { RoleNames.VillageClerk, RoleNames.TownshipClerk, RoleNames.DistrictReviewer };

    public static bool Includes(ICurrentUser user) => user.Roles.Any(Roles.Contains);
}

/// <summary>How many registry persons the acting user reaches (home page); 0 for a role that may not read persons.</summary>
public sealed class CountPersonsHandler(AppDbContext db, ICurrentUser user, CurrentScope scope)
{
    public async Task<int> HandleAsync(CancellationToken ct = default) =>
        PersonReaders.Includes(user) ? await db.Persons.AsNoTracking().VisibleTo(await scope.GetAsync(ct)).CountAsync(ct) : 0;
}
