namespace Shebao.Core.Modules.Queries.Catalogue;

/// <summary>就业中心: A2-21 技能提升补贴申领记录, A2-22 失业保险金发放记录, A2-23 失业保险金申领记录.</summary>
public sealed class EmploymentQueries : IQueryCatalogue
{
    public IEnumerable<DatasetDefinition> Datasets => [];

    public IEnumerable<QueryItemDefinition> Items => [];
}
