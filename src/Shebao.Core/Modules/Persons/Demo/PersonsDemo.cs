using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Persons.Demo;

/// <summary>The fixed demo persons; the generated crowd comes from <see cref="SeedPersonsHandler"/>.</summary>
public static class PersonsDemo
{
    /// <summary>Fixed demo persons (synthetic, valid check digits) that the README tour and the browser test look up.</summary>
    public static readonly IReadOnlyList<(string Name, string IdNumber, string VillageCode, string Phone)> KnownPersons =
    [
        ("王秀兰", "341504196503150027", "341504001003", "13805641234"),
        ("李桂英", "341504195807120041", "341504001003", "13955645678"),
        ("张德山", "34052419800101001X", "341504002200", "15005649876"),
    ];

    /// <summary>Adds the known persons and saves, together with whatever the caller has already added (its audit row).</summary>
    public static async Task SeedAsync(AppDbContext db, ICryptoProvider crypto, TimeProvider clock, CancellationToken ct = default)
    {
        var villages = await db.OrgUnits.Where(o => o.Kind == OrgKinds.Village).ToDictionaryAsync(o => o.Code, ct);
        foreach (var (name, id, villageCode, phone) in KnownPersons)
        {
            var village = villages[villageCode];
            db.Persons.Add(NewPerson.Create(new NewPersonData(name, id, phone, "6228480000123456789", "中国农业银行", $"安徽省六安市叶集区{village.Name}第3组18号", "01", HouseholdTypes.Rural, "第3组", SpecialIdentities.Ordinary), village, crypto, clock.GetUtcNow().UtcDateTime));
        }
        await db.SaveChangesAsync(ct);
    }
}
