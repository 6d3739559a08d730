using Microsoft.AspNetCore.Mvc.RazorPages;
using Shebao.Core.Modules.Queries;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Web.Api;

namespace Shebao.Web.Pages.Queries;

/// <summary>查询打印: the twenty query items by centre; centre staff also see the imports.</summary>
public sealed class QueriesIndexModel(QueryCatalogue catalogue, ServiceCatalogue services) : PageModel
{
    public IReadOnlyList<IGrouping<string, QueryItemList.Entry>> Groups { get; private set; } = [];

    public void OnGet() =>
        Groups = QueryItemList.From(catalogue, services).GroupBy(e => Departments.Names.GetValueOrDefault(e.Department, e.Department)).ToList();
}
