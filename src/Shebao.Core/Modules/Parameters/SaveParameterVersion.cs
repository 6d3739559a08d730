using Shebao.Core.Platform.Security;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Parameters;

/// <summary>A new version of a parameter from a date, for a region, from a named document.</summary>
public sealed record SaveParameterVersionCommand(string Code, string? RegionCode, DateOnly? ValidFrom, string? Value, string? SourceDoc, bool Confirmed, string? Note, DateOnly? ValidTo = null);

/// <summary>
/// Closes the version in force at <c>ValidFrom</c> (same code and region) and adds the new one. Nothing is
/// overwritten, so a calculation for an earlier date still finds its own values. District administrators only.
/// </summary>
public sealed class SaveParameterVersionHandler(AppDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<PolicyParameter>> HandleAsync(SaveParameterVersionCommand c, CancellationToken ct = default)
    {
        if (!user.IsInRole(RoleNames.DistrictAdmin)) return Result<PolicyParameter>.From(Result.Forbidden("只有区级系统管理员可以修改政策参数"));
        var existing = await db.PolicyParameters.Where(p => p.Code == c.Code).ToListAsync(ct);
        if (existing.Count == 0) return Result<PolicyParameter>.From(Result.NotFound());
        var region = string.IsNullOrWhiteSpace(c.RegionCode) ? existing.OrderBy(p => p.ValidFrom).Last().RegionCode : c.RegionCode.Trim();

        var errors = new FieldErrors();
        if (c.ValidFrom is null) errors.Add("validFrom", "请填写生效日期");
        else if (c.ValidTo is { } to && to <= c.ValidFrom) errors.Add("validTo", "失效日期必须晚于生效日期");
        if (string.IsNullOrWhiteSpace(c.SourceDoc)) errors.Add("sourceDoc", "请填写依据文件（文号）");
        else if (c.SourceDoc.Length > 200) errors.Add("sourceDoc", "依据文件最多200字");
        if (region is not (Regions.National or Regions.Anhui or Regions.LuAn or Regions.Yeji)) errors.Add("regionCode", "地区只能是全国、安徽省、六安市或叶集区");
        var value = c.Value?.Trim() ?? "";
        var template = existing.OrderBy(p => p.ValidFrom).Last();
        if (value.Length == 0) errors.Add("value", "请填写参数值");
        else if (ShapeError(template.Value, value) is { } shapeError) errors.Add("value", shapeError);
        if (errors.Any) return Result<PolicyParameter>.From(errors.ToResult());

        var from = c.ValidFrom!.Value;
        var sameRegion = existing.Where(p => p.RegionCode == region).ToList();
        if (sameRegion.Any(p => p.ValidFrom == from))
            return Result<PolicyParameter>.From(Result.Conflict("该地区在此生效日期已有一个版本；请选择其他生效日期"));
        var now = clock.GetUtcNow().UtcDateTime;
        // The version in force at the new start date ends there; a later version (if any) bounds the new one.
        var current = sameRegion.Where(p => p.AppliesOn(from)).OrderBy(p => p.ValidFrom).LastOrDefault();
        if (current is not null)
        {
            current.ValidTo = from;
            current.ClosedAt = now;
            current.ClosedBy = user.UserName;
        }
        var next = sameRegion.Where(p => p.ValidFrom > from).OrderBy(p => p.ValidFrom).FirstOrDefault();
        if (next is not null && c.ValidTo is { } end && end > next.ValidFrom)
            return Result<PolicyParameter>.From(Result.Conflict($"失效日期不能晚于下一版本的生效日期 {next.ValidFrom:yyyy-MM-dd}"));
        var row = new PolicyParameter
        {
            Code = template.Code, Name = template.Name, Unit = template.Unit, RegionCode = region,
            ValidFrom = from, ValidTo = c.ValidTo ?? next?.ValidFrom, Value = Normalise(value),
            Confidence = c.Confirmed ? Confidences.Source : Confidences.Unconfirmed,
            SourceDoc = c.SourceDoc!.Trim(), Note = string.IsNullOrWhiteSpace(c.Note) ? null : c.Note.Trim(),
            CreatedAt = now, CreatedBy = user.UserName ?? "",
        };
        db.PolicyParameters.Add(row);
        audit.Record("parameter.version", "parameter", template.Code, fields: ["value", "validFrom", "sourceDoc", "confidence"], reason: $"{region} {from:yyyy-MM-dd} {row.SourceDoc}");
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>The new value must have the same JSON shape as the old one: a number stays a number, a table keeps its keys.</summary>
    private static string? ShapeError(string templateJson, string value)
    {
        JsonElement parsed;
        try
        {
            parsed = JsonDocument.Parse(value).RootElement;
        }
        catch (JsonException)
        {
            return "参数值格式不正确：数字直接填写（如 0.013），表格和规则须为JSON";
        }
        var template = JsonDocument.Parse(templateJson).RootElement;
        if (parsed.ValueKind != template.ValueKind) return $"参数值类型应为{Kind(template.ValueKind)}";
        if (template.ValueKind == JsonValueKind.Number && parsed.GetDecimal() < 0) return "参数值不能为负数";
        if (template.ValueKind == JsonValueKind.Object)
        {
            var expected = template.EnumerateObject().Select(p => p.Name).ToHashSet();
            var actual = parsed.EnumerateObject().Select(p => p.Name).ToHashSet();
            if (!expected.SetEquals(actual)) return $"参数值应包含且仅包含这些键：{string.Join("、", expected)}";
        }
        if (template.ValueKind == JsonValueKind.Array && parsed.GetArrayLength() == 0) return "列表不能为空";
        return null;
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "数字",
        JsonValueKind.String => "文字（加英文双引号）",
        JsonValueKind.Array => "列表（JSON数组）",
        JsonValueKind.Object => "表格（JSON对象）",
        _ => kind.ToString(),
    };

    private static string Normalise(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
