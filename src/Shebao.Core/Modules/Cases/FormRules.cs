using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Results;
using Shebao.Core.Platform.Validation;

namespace Shebao.Core.Modules.Cases;

/// <summary>A form field as shown (<c>Value</c>: masked identifiers, option labels) and, for editing, its stored value (<c>Raw</c>; never for identifiers).</summary>
public sealed record FormFieldView(string Key, string Label, string Type, string? Value, string? Raw = null);

/// <summary>One corrected field: its key (for the audit row) and "label：before → after" as shown, identifiers masked.</summary>
internal sealed record FormDifference(string Key, string Text);

/// <summary>
/// The item's form, checked field by field against the catalogue (errors keyed "form.{key}", in Chinese).
/// ID numbers, phones and bank accounts inside a form are stored encrypted and shown masked, like the registry.
/// From JSON, numbers and true/false are taken for the fields typed so (<see cref="FormDictionary"/>); they are stored as text.
/// </summary>
internal static partial class FormRules
{
    private static readonly HashSet<string> Sensitive = ["idNumber", "phone", "bankAccount"];

    public static (FieldErrors Errors, string Json) Validate(ServiceItem item, IReadOnlyDictionary<string, string?>? values, ICryptoProvider crypto, DateOnly today)
    {
        var errors = new FieldErrors();
        var output = new JsonObject();
        values ??= new Dictionary<string, string?>();
        foreach (var key in values.Keys.Where(k => item.Fields.All(f => f.Key != k)))
            errors.Add($"form.{key}", $"本事项没有“{key}”这一栏");
        foreach (var field in item.Fields)
        {
            var raw = values.TryGetValue(field.Key, out var v) ? v?.Trim() : null;
            if (values is FormDictionary input && KindMismatch(field, input.KindOf(field.Key)) is { } kindMessage)
            {
                errors.Add($"form.{field.Key}", $"{field.Label}：{kindMessage}");
                continue;
            }
            if (string.IsNullOrEmpty(raw))
            {
                if (field.Required) errors.Add($"form.{field.Key}", $"请填写{field.Label}");
                continue;
            }
            if (Check(field, raw, today) is { } message)
            {
                errors.Add($"form.{field.Key}", $"{field.Label}：{message}");
                continue;
            }
            var normal = field.Type == "idNumber" ? IdNumber.Normalize(raw) : field.Type == "creditCode" ? raw.ToUpperInvariant() : raw;
            output[field.Key] = Sensitive.Contains(field.Type) ? "enc:" + crypto.Encrypt(normal) : normal;
        }
        return (errors, output.ToJsonString());
    }

    /// <summary>Field values for display: sensitive ones masked, option values shown with their labels.</summary>
    public static IReadOnlyList<FormFieldView> View(ServiceItem? item, string json, ICryptoProvider crypto)
    {
        var stored = JsonNode.Parse(json) as JsonObject ?? [];
        var fields = item?.Fields ?? [];
        return fields.Select(f =>
        {
            var raw = stored[f.Key]?.GetValue<string>();
            if (raw is null) return new FormFieldView(f.Key, f.Label, f.Type, null);
            if (raw.StartsWith("enc:", StringComparison.Ordinal))
            {
                var plain = crypto.Decrypt(raw[4..]);
                return new FormFieldView(f.Key, f.Label, f.Type, f.Type switch { "idNumber" => Masking.IdNumber(plain), "phone" => Masking.Phone(plain), _ => Masking.BankAccount(plain) });
            }
            var shown = f.Options?.FirstOrDefault(o => o.Value == raw)?.Label ?? raw;
            return new FormFieldView(f.Key, f.Label, f.Type, shown, raw);
        }).ToList();
    }

    /// <summary>The fields whose values differ, in form order, as the case page shows them (masked, option labels).</summary>
    public static IReadOnlyList<FormDifference> Differences(ServiceItem item, string beforeJson, string afterJson, ICryptoProvider crypto)
    {
        var before = new FormValues(beforeJson, crypto);
        var after = new FormValues(afterJson, crypto);
        return item.Fields.Zip(View(item, beforeJson, crypto).Zip(View(item, afterJson, crypto)))
            .Where(x => before[x.First.Key] != after[x.First.Key])
            .Select(x =>
            {
                var (was, now) = (x.Second.First.Value ?? "（空）", x.Second.Second.Value ?? "（空）");
                // Two masked identifiers can look alike although their digits differ: say it was corrected, never the digits.
                return new FormDifference(x.First.Key, was == now ? $"{x.First.Label}：已更正（{now}）" : $"{x.First.Label}：{was} → {now}");
            }).ToList();
    }

    /// <summary>JSON numbers only for number-typed fields and true/false only for yes/no ones; strings are always read.</summary>
    private static string? KindMismatch(FormField field, FormValueKind kind) => kind switch
    {
        FormValueKind.Number when field.Type is not ("number" or "money" or "year") => "应为带引号的文字，不能是数字",
        FormValueKind.Boolean when field.Type != "bool" => field.Type is "number" or "money" or "year" ? "应为数字，不能是true或false" : "应为带引号的文字，不能是true或false",
        FormValueKind.Structured => field.Type switch
        {
            "number" or "money" or "year" => "应为数字",
            "bool" => "应为true或false",
            _ => "应为带引号的文字",
        },
        _ => null,
    };

    private static string? Check(FormField field, string raw, DateOnly today) => field.Type switch
    {
        "text" => raw.Length > 200 ? "最多200字" : null,
        "textarea" => raw.Length > 1000 ? "最多1000字" : null,
        "number" => decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n < 0 ? "不能为负数" : null : "应为数字",
        "money" => decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var m) ? m < 0 ? "金额不能为负数" : decimal.Round(m, 2) != m ? "金额最多两位小数" : null : "应为金额（元）",
        "date" => DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.Year < 1900 || d > today.AddYears(5) ? "日期超出合理范围" : null : "日期格式应为 2026-01-31",
        "month" => MonthPattern().IsMatch(raw) ? null : "年月格式应为 2026-01",
        "year" => int.TryParse(raw, CultureInfo.InvariantCulture, out var y) && y >= 1950 && y <= today.Year + 5 ? null : "应为四位年份",
        "select" => field.Options?.Any(o => o.Value == raw) == true ? null : "请从选项中选择",
        "bool" => raw is "true" or "false" ? null : "请选择是或否",
        "idNumber" => IdNumber.Validate(IdNumber.Normalize(raw), today),
        "phone" => PhonePattern().IsMatch(raw) ? null : "应为11位手机号或带区号的固定电话",
        "bankAccount" => BankPattern().IsMatch(raw) ? null : "银行账号应为12到30位数字",
        "creditCode" => UnifiedSocialCreditCode.Validate(raw),
        _ => raw.Length > 200 ? "最多200字" : null,
    };

    [GeneratedRegex("^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex("^[0-9]{12,30}$")]
    private static partial Regex BankPattern();
}
