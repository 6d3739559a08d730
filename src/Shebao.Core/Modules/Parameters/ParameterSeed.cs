using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Shebao.Core.Modules.Parameters;

/// <summary>The seed rows of parameters.seed.json (every figure domain.md gives, with source and confidence).</summary>
public static class ParameterSeed
{
    private sealed record SeedRow(string Code, string Name, string Unit, string Region, string ValidFrom, string? ValidTo, JsonElement Value, string Confidence, string Source, string? Note);

    public static IReadOnlyList<PolicyParameter> Rows()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Shebao.parameters.seed.json")
            ?? throw new InvalidOperationException("parameters.seed.json is not embedded");
        var rows = JsonSerializer.Deserialize<List<SeedRow>>(stream, ParameterReader.JsonOptions) ?? [];
        return rows.Select((r, i) => new PolicyParameter
        {
            Id = i + 1,
            Code = r.Code,
            Name = r.Name,
            Unit = r.Unit,
            RegionCode = r.Region,
            ValidFrom = DateOnly.Parse(r.ValidFrom, CultureInfo.InvariantCulture),
            ValidTo = r.ValidTo is null ? null : DateOnly.Parse(r.ValidTo, CultureInfo.InvariantCulture),
            Value = JsonSerializer.Serialize(r.Value), // compact: one line on screens and in PDFs
            Confidence = r.Confidence,
            SourceDoc = r.Source,
            Note = string.IsNullOrEmpty(r.Note) ? null : r.Note,
            CreatedBy = "seed",
        }).ToList();
    }

    /// <summary>An in-memory table of the seed, for tests and benchmarks that need no database.</summary>
    public static ParameterTable Table() => new(Rows());
}
