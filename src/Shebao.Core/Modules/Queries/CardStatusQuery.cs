using Shebao.Core.Modules.Cards;

namespace Shebao.Core.Modules.Queries;

/// <summary>
/// A2-26 社会保障卡应用状态查询: the card registry (module Cards) seen through the query mechanism, so the item has the
/// same page, PDF proof and traces as the others. Its "dataset" is the platform's own and cannot be imported.
/// </summary>
internal sealed class CardStatusQuery(CardReader cards, TimeProvider clock) : IQueryRowSource
{
    public static readonly DatasetDefinition Dataset = new(
        "card-status", "社会保障卡应用状态", "XX", SubjectKind.Person, "idNumber", "name", null, ["cardNumber"],
        [
            new("idNumber", "公民身份号码", FieldType.IdNumber),
            new("name", "姓名", FieldType.Text),
            new("cardNumber", "社会保障卡卡号", FieldType.Text, Required: false),
            new("status", "卡状态", FieldType.Text),
            new("bank", "合作银行", FieldType.Text),
            new("issuingArea", "发卡地", FieldType.Text),
            new("issuedOn", "发卡日期", FieldType.Date, Required: false),
            new("expiresOn", "有效期至", FieldType.Date, Required: false),
            new("applications", "应用状态", FieldType.Text, MaxLength: 200),
            new("applicationNo", "申领编号", FieldType.Text),
        ]);

    public static readonly QueryItemDefinition Item = new(
        "A2-26", "社会保障卡应用状态证明", Dataset.Code, QueryLayout.Table,
        ["cardNumber", "status", "applications", "bank", "issuingArea", "issuedOn", "expiresOn", "applicationNo"],
        Notes: ["本证明依据打印时系统记录出具，仅证明上述时点的卡片及应用状态；金融账户状态以合作银行系统为准。"],
        ProofDays: Printing.PrintCardStatusHandler.ValidDays); // the same proof as the card page prints

    public string ItemCode => Item.ItemCode;

    public async Task<IReadOnlyList<(string Period, IReadOnlyDictionary<string, string> Row)>> RowsAsync(ResolvedSubject subject, CancellationToken ct)
    {
        if (subject.PersonId is not { } personId) return [];
        var rows = new List<(string, IReadOnlyDictionary<string, string>)>();
        foreach (var card in await cards.OfPersonAsync(personId, ct))
        {
            var v = CardReader.View(card, new(personId, subject.View.Name, subject.View.IdNumberMasked ?? ""), [], clock.GetUtcNow().UtcDateTime);
            rows.Add(("", new Dictionary<string, string>
            {
                ["cardNumber"] = v.CardNumber ?? "（制卡中，尚未分配）",
                ["status"] = v.StatusLabel,
                ["applications"] = string.Join("；", v.Applications.Select(a => $"{a.Name}：{a.StatusLabel}")),
                ["bank"] = v.Bank,
                ["issuingArea"] = v.IssuingArea,
                ["issuedOn"] = v.IssuedAt?.ToString("yyyy-MM-dd") ?? "",
                ["expiresOn"] = v.ExpiresOn?.ToString("yyyy-MM-dd") ?? "",
                ["applicationNo"] = v.ApplicationNo,
            }));
        }
        return rows;
    }
}
