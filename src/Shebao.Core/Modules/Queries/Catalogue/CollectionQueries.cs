namespace Shebao.Core.Modules.Queries.Catalogue;

/// <summary>征缴中心: A2-01 单位人员增减明细, A2-02 单位征缴计划, A2-05 缴费通知单, A2-06 工程项目列表, A2-07 项目参保证明.</summary>
public sealed class CollectionQueries : IQueryCatalogue
{
    public IEnumerable<DatasetDefinition> Datasets => [];

    public IEnumerable<QueryItemDefinition> Items => [];
}
