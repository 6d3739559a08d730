using Microsoft.Extensions.DependencyInjection;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.Calculators;
using Shebao.Core.Modules.Calendar;
using Shebao.Core.Modules.Cards;
using Shebao.Core.Modules.Cases;
using Shebao.Core.Modules.Certification;
using Shebao.Core.Modules.Employers;
using Shebao.Core.Modules.Identity;
using Shebao.Core.Modules.Organisations;
using Shebao.Core.Modules.Parameters;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.Printing;
using Shebao.Core.Modules.Proofs;
using Shebao.Core.Modules.Queries;
using Shebao.Core.Modules.Resident;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Seeding;

namespace Shebao.Core;

/// <summary>Each module registers itself in its own XSetup.cs; the host calls this once and binds the modules' options.</summary>
public static class CoreSetup
{
    public static IServiceCollection AddShebaoCore(this IServiceCollection services, CryptoOptions crypto, SecurityPolicyOptions policy)
    {
        services.AddSingleton<ICryptoProvider>(new BouncyCastleCryptoProvider(crypto));
        services.AddSingleton(TimeProvider.System);
        // Order matters where modules add to a shared list (CaseItemRules, IPersonSectionSource): keep it stable.
        return services.AddAuditing().AddOrganisations().AddIdentity(policy).AddPersons().AddServiceItems().AddParameters().AddCalculators().AddCalendar()
            .AddCases().AddResident().AddEmployers().AddCertification().AddCards().AddQueries().AddProofs().AddPrinting()
            .AddScoped<Seeder>();
    }
}
