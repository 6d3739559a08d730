using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Shebao.Core.Modules.Cases;

/// <summary>How a form value arrived in JSON: a string, a number, true/false, or an object/array no field takes (a page posts only text).</summary>
public enum FormValueKind { Text, Number, Boolean, Structured }

/// <summary>
/// A form as a client sent it: the values as text, plus which arrived as JSON numbers or booleans, so that
/// <see cref="FormRules"/> accepts those only for the fields the catalogue types as numbers or yes/no.
/// </summary>
[JsonConverter(typeof(FormJsonConverter))]
public sealed class FormDictionary(IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, FormValueKind> kinds) : IReadOnlyDictionary<string, string?>
{
    public FormValueKind KindOf(string key) => kinds.TryGetValue(key, out var kind) ? kind : FormValueKind.Text;

    public string? this[string key] => values[key];
    public IEnumerable<string> Keys => values.Keys;
    public IEnumerable<string?> Values => values.Values;
    public int Count => values.Count;
    public bool ContainsKey(string key) => values.ContainsKey(key);
    public bool TryGetValue(string key, out string? value) => values.TryGetValue(key, out value);
    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator() => values.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Reads a JSON object of strings, numbers, booleans or nulls, remembering the kind of each value.</summary>
internal sealed class FormJsonConverter : JsonConverter<FormDictionary>
{
    public override FormDictionary? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException();
        var values = new Dictionary<string, string?>();
        var kinds = new Dictionary<string, FormValueKind>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.String: values[key] = reader.GetString(); kinds.Remove(key); break;
                case JsonTokenType.Null: values[key] = null; kinds.Remove(key); break;
                case JsonTokenType.True or JsonTokenType.False: values[key] = reader.GetBoolean() ? "true" : "false"; kinds[key] = FormValueKind.Boolean; break;
                case JsonTokenType.Number:
                    // 1e3 and 100.50 become the plain decimal text the field rules read.
                    values[key] = reader.TryGetDecimal(out var d) ? d.ToString(CultureInfo.InvariantCulture) : Encoding(ref reader);
                    kinds[key] = FormValueKind.Number;
                    break;
                default:
                    // Refused by the field rules under form.key, which the serializer's own error could not name.
                    reader.Skip();
                    values[key] = "";
                    kinds[key] = FormValueKind.Structured;
                    break;
            }
        }
        return new FormDictionary(values, kinds);
    }

    private static string Encoding(ref Utf8JsonReader reader) => System.Text.Encoding.UTF8.GetString(reader.ValueSpan);

    public override void Write(Utf8JsonWriter writer, FormDictionary value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, text) in value)
        {
            writer.WritePropertyName(key);
            if (text is null || value.KindOf(key) == FormValueKind.Structured) writer.WriteNullValue();
            else if (value.KindOf(key) == FormValueKind.Number) writer.WriteRawValue(text);
            else if (value.KindOf(key) == FormValueKind.Boolean) writer.WriteBooleanValue(text == "true");
            else writer.WriteStringValue(text);
        }
        writer.WriteEndObject();
    }
}
