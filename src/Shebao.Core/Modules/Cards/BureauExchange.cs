using Shebao.Core.Platform.Security;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Auditing;
using Shebao.Core.Modules.ServiceItems;
using Shebao.Core.Platform.Crypto;
using Shebao.Core.Platform.Data;
using Shebao.Core.Platform.Files;
using Shebao.Core.Platform.Results;

namespace Shebao.Core.Modules.Cards;

public sealed record CardBatchFile(string BatchNo, int Count, byte[] Content, string FileName);

public sealed record CardImportSummary(int Ready, int Failed);

/// <summary>The batch exchange belongs to the district 信息中心 (and the administrator).</summary>
public static class CardBureau
{
    public static bool MayExchange(ICurrentUser user) =>
        user.IsInRole(RoleNames.DistrictAdmin) || (user.IsInRole(RoleNames.DistrictReviewer) && user.OrgUnitCode == Departments.CentreCode("XX"));

    public const string ExportHeader = "batchNo,applicationNo,idNumber,name,gender,ethnicity,birthDate,bank,delivery,mailingAddress,issuingArea";
    public const string ImportHeader = "applicationNo,cardNumber,cardIdentifier,status,issuedOn,expiresOn";

    public static string Field(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}

/// <summary>Export: every applied card becomes producing under a new batch number; the file goes to the card bureau.</summary>
public sealed class ExportCardBatchHandler(AppDbContext db, ICurrentUser user, ICryptoProvider crypto, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<CardBatchFile>> HandleAsync(CancellationToken ct = default)
    {
        if (!CardBureau.MayExchange(user)) return Result<CardBatchFile>.From(Result.Forbidden("制卡批次只由区信息中心办理"));
        var now = clock.GetUtcNow().UtcDateTime;
        var batchNo = "PC" + now.AddHours(8).ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var rows = await (from c in db.Set<Card>() where c.Status == CardStatuses.Applied
                          join p in db.Persons on c.PersonId equals p.Id
                          orderby c.CreatedAt
                          select new { Card = c, p.IdNumberCipher, p.Name, p.Gender, p.Ethnicity, p.BirthDate }).ToListAsync(ct);
        if (rows.Count == 0) return Result<CardBatchFile>.From(Result.Conflict("没有待制卡的申领"));
        var text = new StringBuilder().Append(CardBureau.ExportHeader).Append("\r\n");
        var actor = new CardActor(user.UserName ?? "", user.OrgUnitCode, now);
        foreach (var r in rows)
        {
            var moved = r.Card.Move(CardOperations.Export, actor, note: batchNo)!;
            r.Card.BatchNo = batchNo;
            db.Add(moved);
            text.AppendJoin(',', new[]
            {
                batchNo, r.Card.ApplicationNo, crypto.Decrypt(r.IdNumberCipher), r.Name, r.Gender, r.Ethnicity,
                r.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Card.Bank, r.Card.Delivery, r.Card.MailingAddress, r.Card.IssuingArea,
            }.Select(CardBureau.Field)).Append("\r\n");
        }
        audit.Record("card.batch.export", "card-batch", batchNo, fields: ["idNumber", "name", "gender", "ethnicity", "birthDate", "bank", "delivery"], reason: $"rows={rows.Count}");
        await db.SaveChangesAsync(ct);
        return new CardBatchFile(batchNo, rows.Count, Encoding.UTF8.GetBytes(text.ToString()), $"{batchNo}.csv");
    }
}

/// <summary>
/// Import of the bureau's result file: every row is checked first; any bad row → all errors with their line
/// numbers and nothing applied. A good file is applied in one SaveChanges.
/// </summary>
public sealed partial class ImportCardResultsHandler(AppDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
{
    public const int MaxLines = 50000;
    private static readonly CsvFormat Format = CsvFormat.Of(CardBureau.ImportHeader, CsvHeader.Required, MaxLines);

    public async Task<Result<CardImportSummary>> HandleAsync(string? csv, CancellationToken ct = default)
    {
        if (!CardBureau.MayExchange(user)) return Result<CardImportSummary>.From(Result.Forbidden("制卡批次只由区信息中心办理"));
        var (table, csvError) = CsvTable.Read(new StringReader(csv ?? ""), Format);
        if (csvError is not null) return Result<CardImportSummary>.From(Result.Invalid("file", csvError.ToString()));
        if (table!.IsEmpty) return Result<CardImportSummary>.From(Result.Invalid("file", "文件第一行应为：" + CardBureau.ImportHeader));
        var rows = table.Rows;
        if (rows.Count == 0) return Result<CardImportSummary>.From(Result.Invalid("file", "文件中没有制卡结果"));

        var numbers = rows.Select(r => r[0]).ToList();
        var cards = await db.Set<Card>().Where(c => numbers.Contains(c.ApplicationNo)).ToDictionaryAsync(c => c.ApplicationNo, ct);
        var cardNumbers = rows.Where(r => r[1].Length > 0).Select(r => r[1].ToUpperInvariant()).ToList();
        var taken = (await db.Set<Card>().Where(c => c.CardNumber != null && cardNumbers.Contains(c.CardNumber)).Select(c => c.CardNumber!).ToListAsync(ct)).ToHashSet();
        var seenApplications = new HashSet<string>();
        var seenNumbers = new HashSet<string>();
        var errors = new List<string>();
        var plan = new List<(Card Card, string Status, string? Number, string? Identifier, DateOnly? Issued, DateOnly? Expires)>();
        foreach (var f in rows)
        {
            string Error(string message) => new CsvError(f.Line, message).ToString();
            if (f.Width != 6) { errors.Add(Error("应有6栏（" + CardBureau.ImportHeader + "）")); continue; }
            var (applicationNo, number, identifier, status) = (f[0], f[1].ToUpperInvariant(), f[2].ToUpperInvariant(), f[3]);
            var rowErrors = new List<string>();
            if (!cards.TryGetValue(applicationNo, out var card)) rowErrors.Add($"申领编号“{applicationNo}”没有对应的申领");
            else if (card.Status != CardStatuses.Producing) rowErrors.Add($"申领编号“{applicationNo}”当前为“{CardStatuses.Label(card.Status)}”，不在制卡中");
            if (!seenApplications.Add(applicationNo)) rowErrors.Add($"申领编号“{applicationNo}”在文件中重复");
            DateOnly? issued = null, expires = null;
            if (status == "ready")
            {
                if (!CardNumberPattern().IsMatch(number)) rowErrors.Add("社会保障卡卡号应为9位数字或大写字母");
                else if (taken.Contains(number)) rowErrors.Add($"卡号“{number}”已被其他卡使用");
                else if (!seenNumbers.Add(number)) rowErrors.Add($"卡号“{number}”在文件中重复");
                if (!IdentifierPattern().IsMatch(identifier)) rowErrors.Add("卡识别码应为32位十六进制字符");
                issued = Date(f[4]);
                expires = Date(f[5]);
                if (issued is null || expires is null) rowErrors.Add("发卡日期和有效期应为 YYYY-MM-DD");
                else if (expires <= issued) rowErrors.Add("有效期应晚于发卡日期");
            }
            else if (status != "failed")
            {
                rowErrors.Add("制卡状态应为 ready（制成）或 failed（制卡失败）");
            }
            if (rowErrors.Count > 0) { errors.AddRange(rowErrors.Select(Error)); continue; }
            plan.Add((card!, status, number, identifier, issued, expires));
        }
        if (errors.Count > 0) return Result<CardImportSummary>.From(Result.Invalid(new Dictionary<string, string[]> { ["file"] = [.. errors] }));

        var actor = new CardActor(user.UserName ?? "", user.OrgUnitCode, clock.GetUtcNow().UtcDateTime);
        foreach (var p in plan)
        {
            if (p.Status == "ready")
            {
                p.Card.CardNumber = p.Number;
                p.Card.CardIdentifier = p.Identifier;
                p.Card.IssuedOn = p.Issued;
                p.Card.ExpiresOn = p.Expires;
                db.Add(p.Card.Move(CardOperations.Produce, actor, note: p.Card.BatchNo)!);
            }
            else
            {
                db.Add(p.Card.Move(CardOperations.Fail, actor, note: p.Card.BatchNo)!);
            }
        }
        var summary = new CardImportSummary(plan.Count(p => p.Status == "ready"), plan.Count(p => p.Status == "failed"));
        audit.Record("card.batch.import", "card-batch", plan[0].Card.BatchNo, fields: ["cardNumber", "cardIdentifier", "status"], reason: $"ready={summary.Ready};failed={summary.Failed}");
        await db.SaveChangesAsync(ct);
        return summary;
    }

    private static DateOnly? Date(string s) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    [GeneratedRegex("^[0-9A-Z]{9}$")]
    private static partial Regex CardNumberPattern();

    [GeneratedRegex("^[0-9A-F]{32}$")]
    private static partial Regex IdentifierPattern();
}
