using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Shebao.Core.Modules.Queries;
using Shebao.Core.Modules.ServiceItems;

namespace Shebao.Web.Api;

/// <summary>api.md "Queries and prints": parameters (personal data) only in POST bodies.</summary>
public static class QueriesApi
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapQueriesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/queries").WithTags("Queries").RequireAuthorization(Security.Policies.QueryPrint);
        group.MapGet("", (QueryCatalogue catalogue, ServiceCatalogue services) => Results.Ok(QueryItemList.From(catalogue, services)))
            .WithSummary("The query items with their parameters");
        group.MapPost("/{itemCode}", async (string itemCode, QueryParameters body, RunQueryHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(itemCode, body, ct)).ToHttp(t))
            .WithSummary("{ idNumber?, creditCode?, projectCode?, from?, to? } → { title, layout, subject, columns, rows, totals }; audited");
        group.MapPost("/{itemCode}/pdf", async (string itemCode, QueryParameters body, Shebao.Core.Modules.Printing.PrintQueryHandler handler, HttpResponse response, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(itemCode, body, ct)).ToHttp(t, p =>
            {
                response.Headers["X-Proof-Number"] = p.ProofNumber;
                return Results.File(p.Content, "application/pdf", p.FileName);
            }))
            .WithSummary("The result as a registered proof (PDF): proof number, verification code and QR to /verify; header X-Proof-Number; audited");
        group.MapPost("/{itemCode}/xlsx", async (string itemCode, QueryParameters body, ExportQueryHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            (await handler.HandleAsync(itemCode, body, ct)).ToHttp(t, f => Results.File(f.Content, XlsxType, f.FileName)))
            .WithSummary("The same result as an Excel workbook (masked as on screen); audited");

        group.MapGet("/datasets", (QueryCatalogue catalogue) => Results.Ok(catalogue.ImportableDatasets.Select(d => new
        {
            d.Code, d.Title, d.Centre, subject = d.Subject.ToString().ToLowerInvariant(),
            fields = d.Fields.Select(f => new { f.Key, f.Label, type = f.Type.ToString(), f.Required, f.Options }),
        }))).WithSummary("The read models a centre can import, with their columns");
        group.MapGet("/datasets/{code}/template.csv", (string code, QueryCatalogue catalogue) =>
            catalogue.Dataset(code) is { } d && !catalogue.IsPlatformDataset(code)
                ? Results.File(ImportFile.TemplateCsv(d), "text/csv", $"{d.Code}.csv")
                : Results.NotFound())
            .WithSummary("An empty CSV with the dataset's header (required columns marked *)");
        group.MapPost("/datasets/{code}/import", async (string code, IFormFile? file, ImportDatasetHandler handler, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0) return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [t["请选择要导入的 CSV 或 Excel 文件"]] });
                await using var stream = file.OpenReadStream();
                return (await handler.HandleAsync(code, stream, file.FileName, ct)).ToHttp(t, r => r.Applied
                    ? Results.Ok(new { r.Dataset, r.Rows, r.Replaced, r.Unmatched })
                    : Results.Json(new { title = t["导入失败，未作任何更改：请按行号更正后重新导入"].Value, lines = r.Lines }, statusCode: StatusCodes.Status422UnprocessableEntity));
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ImportLimits.MaxBytes))
            .WithSummary("A core-system export (CSV or .xlsx): every line checked first; any bad line → 422 with every line, nothing changed");
    }
}

public static class ImportLimits
{
    /// <summary>100,000 payment rows are about 15 MB of CSV.</summary>
    public const long MaxBytes = 60L * 1024 * 1024;
}

/// <summary>GET /queries: each item with the parameters it takes (its subject's identifier, and a period when it has one).</summary>
public static class QueryItemList
{
    public sealed record Parameter(string Key, string Label, string Type, bool Required);

    public sealed record Entry(string ItemCode, string Name, string Title, string Department, string Layout, IReadOnlyList<Parameter> Parameters);

    public static IEnumerable<Entry> From(QueryCatalogue catalogue, ServiceCatalogue services) =>
        catalogue.Items.Select(i => new Entry(i.ItemCode, services.Find(i.ItemCode)?.Name ?? i.Title, i.Title, catalogue.Dataset(i.Dataset)!.Centre,
            i.Layout.ToString().ToLowerInvariant(), Parameters(i, catalogue.Dataset(i.Dataset)!)));

    public static IReadOnlyList<Parameter> Parameters(QueryItemDefinition item, DatasetDefinition dataset)
    {
        var list = new List<Parameter>
        {
            (item.QueryBy ?? dataset.Subject) switch
            {
                SubjectKind.Person => new("idNumber", "公民身份号码", "idNumber", true),
                SubjectKind.Employer => new("creditCode", "统一社会信用代码", "creditCode", true),
                _ => new("projectCode", "项目编号", "text", true),
            },
        };
        if (dataset.PeriodField is { } p)
        {
            var yearly = dataset.Field(p).Type == FieldType.Year;
            var single = item.Layout == QueryLayout.Composition || item.SinglePeriod;
            list.Add(new("from", single ? (item.Layout == QueryLayout.Composition ? "发放年月" : dataset.Field(p).Label) : yearly ? "起始年度" : "起始年月", yearly ? "year" : "month", false));
            if (!single) list.Add(new("to", yearly ? "截止年度" : "截止年月", yearly ? "year" : "month", false));
        }
        return list;
    }
}
