using System.Reflection;
using System.Text.Json;

namespace Shebao.Core.Modules.ServiceItems;

/// <summary>The catalogue, loaded once from the embedded catalogue.json and checked on load.</summary>
public sealed class ServiceCatalogue
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, ServiceItem> byCode;

    public ServiceCatalogue(IReadOnlyList<ServiceItem> items)
    {
        Items = items;
        byCode = items.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ServiceItem> Items { get; }

    public ServiceItem? Find(string code) => byCode.GetValueOrDefault(code.Trim());

    public static ServiceCatalogue LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Shebao.catalogue.json")
            ?? throw new InvalidOperationException("catalogue.json is not embedded");
        var items = JsonSerializer.Deserialize<List<ServiceItem>>(stream, Json) ?? [];
        var expected = Enumerable.Range(1, 18).Select(i => $"A1-{i:00}").Concat(Enumerable.Range(1, 26).Select(i => $"A2-{i:00}"));
        if (!items.Select(i => i.Code).SequenceEqual(expected))
            throw new InvalidOperationException("catalogue.json must list A1-01…A1-18 then A2-01…A2-26 in order.");
        return new ServiceCatalogue(items);
    }
}
