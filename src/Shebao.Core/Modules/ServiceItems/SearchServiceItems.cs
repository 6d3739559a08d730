namespace Shebao.Core.Modules.ServiceItems;

public sealed record ServiceItemGroup(string Department, string DepartmentName, IReadOnlyList<ServiceItem> Items);

/// <summary>The public 办事指南: every item grouped by department, filtered by a keyword over name, code, materials and description.</summary>
public sealed class SearchServiceItemsHandler(ServiceCatalogue catalogue)
{
    public IReadOnlyList<ServiceItemGroup> Handle(string? keyword, string? department = null)
    {
        var k = keyword?.Trim() ?? "";
        var items = catalogue.Items.Where(i =>
            (string.IsNullOrEmpty(department) || i.Department == department) &&
            (k.Length == 0
             || i.Code.Contains(k, StringComparison.OrdinalIgnoreCase)
             || i.Name.Contains(k, StringComparison.Ordinal)
             || i.NameEn.Contains(k, StringComparison.OrdinalIgnoreCase)
             || i.Description.Contains(k, StringComparison.Ordinal)
             || i.Materials.Any(m => m.Name.Contains(k, StringComparison.Ordinal))));
        return items.GroupBy(i => i.Department)
            .OrderBy(g => Departments.Names.Keys.ToList().IndexOf(g.Key))
            .Select(g => new ServiceItemGroup(g.Key, Departments.Names[g.Key], g.ToList()))
            .ToList();
    }
}
