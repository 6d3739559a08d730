using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Shebao.Core.Platform.Results;

namespace Shebao.Web.Pages;

/// <summary>The one place a Result becomes ModelState errors on a page.</summary>
public static class PageResults
{
    public static void AddErrors(this ModelStateDictionary modelState, Result result, IStringLocalizer<SharedResource> t, string prefix = "")
    {
        if (result.Errors.Count == 0 && result.Message is { } message)
        {
            modelState.AddModelError("", t[message]);
            return;
        }
        foreach (var (field, messages) in result.Errors)
            foreach (var m in messages)
                modelState.AddModelError(prefix + char.ToUpperInvariant(field[0]) + field[1..], t[m]);
    }
}
