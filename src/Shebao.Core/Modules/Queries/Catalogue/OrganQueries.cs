namespace Shebao.Core.Modules.Queries.Catalogue;

/// <summary>养老中心 (机关事业单位): A2-14 … A2-18 机关保, A2-19/A2-20 职业年金.</summary>
public sealed class OrganQueries : IQueryCatalogue
{
    public IEnumerable<DatasetDefinition> Datasets => [];

    public IEnumerable<QueryItemDefinition> Items => [];
}
