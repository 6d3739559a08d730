namespace Shebao.Core.Modules.Queries.Catalogue;

/// <summary>养老中心 (企业职工): A2-08 养老待遇明细, A2-11 月发放养老金构成明细表, A2-12 退休人员基本信息, A2-13 调整养老金待遇信息.</summary>
public sealed class PensionQueries : IQueryCatalogue
{
    public IEnumerable<DatasetDefinition> Datasets => [];

    public IEnumerable<QueryItemDefinition> Items => [];
}
