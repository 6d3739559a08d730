using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Shebao.Web.Security;

/// <summary>Which pages are public and which capability each page folder needs; every other page needs a signed-in user (fallback policy).</summary>
internal static class PagePolicies
{
    public static void AuthorizeShebaoPages(this PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToFolder("/Guide");
        conventions.AllowAnonymousToFolder("/Calculators");
        conventions.AllowAnonymousToFolder("/Progress");
        conventions.AllowAnonymousToFolder("/Verify");
        conventions.AllowAnonymousToPage("/Account/Login");
        conventions.AllowAnonymousToPage("/Account/Denied");
        conventions.AllowAnonymousToPage("/Language");
        conventions.AllowAnonymousToPage("/Error");
        conventions.AuthorizeFolder("/Admin", Policies.Admin);
        conventions.AuthorizeFolder("/Audit", Policies.Auditor);
        conventions.AuthorizePage("/Org/Import", Policies.Admin);
        conventions.AuthorizeFolder("/Persons", Policies.PersonData);
        conventions.AuthorizeFolder("/Employers", Policies.PersonData);
        conventions.AuthorizeFolder("/Cases", Policies.CaseWork);
        conventions.AuthorizeFolder("/Cards", Policies.CardWork);
        conventions.AuthorizeFolder("/Certifications", Policies.Certification);
        conventions.AuthorizeFolder("/Queries", Policies.QueryPrint);
        conventions.AuthorizePage("/Queries/Import", Policies.QueryImport);
        conventions.AuthorizeFolder("/Imports", Policies.PersonImport);
    }
}
