namespace Shebao.Core.Platform.Results;

/// <summary>A page of a list, as api.md shapes it: { items, total, page, pageSize }.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
