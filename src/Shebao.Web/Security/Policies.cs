using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Shebao.Core.Platform.Security;

namespace Shebao.Web.Security;

/// <summary>One named policy per capability; pages, views and API groups ask for a capability, never for roles.</summary>
public static class Policies
{
    public const string Admin = "admin";
    public const string Auditor = "auditor";
    public const string PersonData = "person-data";
    public const string CaseWork = "case-work";
    public const string CaseIntake = "case-intake";
    public const string RegularCheck = "regular-check";
    public const string CardWork = "card-work";
    public const string CardBatches = "card-batches";
    public const string Certification = "certification";
    public const string CertificationVisit = "certification-visit";
    public const string CertificationCentre = "certification-centre";
    public const string QueryPrint = "query-print";
    public const string QueryImport = "query-import";
    public const string PersonImport = "person-import";
    public const string AcrossVillages = "across-villages";
    public const string Api = "api";

    private static readonly string[] Clerks = [RoleNames.VillageClerk, RoleNames.TownshipClerk];
    private static readonly string[] FrontLine = [.. Clerks, RoleNames.DistrictReviewer];
    private static readonly string[] Staff = [.. FrontLine, RoleNames.DistrictAdmin];
    private static readonly string[] Centre = [RoleNames.DistrictReviewer, RoleNames.DistrictAdmin];

    /// <summary>The roles each capability admits; the only role lists in Shebao.Web (Api is the bearer scheme, not a role).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Roles = new Dictionary<string, IReadOnlyList<string>>
    {
        [Admin] = [RoleNames.DistrictAdmin],
        [Auditor] = [RoleNames.Auditor],
        // 三权分立: administrators and auditors never read citizens' records.
        [PersonData] = FrontLine,
        [CaseWork] = Staff,
        [CaseIntake] = FrontLine,
        [RegularCheck] = Clerks,
        [CardWork] = Staff,
        [CardBatches] = Centre,
        [Certification] = Staff,
        [CertificationVisit] = Clerks,
        [CertificationCentre] = Centre,
        [QueryPrint] = Staff,
        [QueryImport] = Centre,
        // Bringing in the district's population is the district's job; importing reads no one's record.
        [PersonImport] = Centre,
        // A village clerk has one village, so choosing among villages is for everyone above.
        [AcrossVillages] = [RoleNames.TownshipClerk, .. Centre],
    };

    /// <summary>For views and page models that show a link or a form only to those who may use it.</summary>
    public static async Task<bool> AllowsAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string policy) =>
        (await authorization.AuthorizeAsync(user, policy)).Succeeded;
}
