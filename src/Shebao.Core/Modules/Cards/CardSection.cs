using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shebao.Core.Modules.Persons;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Cards;

/// <summary>社会保障卡 on the person page and in GET /persons/{id}: the card status line, computed without writing.</summary>
internal sealed class CardSection : IPersonSectionSource
{
    public async Task<PersonSection?> GetAsync(Guid personId, AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var cards = await db.Set<Card>().AsNoTracking().Where(c => c.PersonId == personId).OrderByDescending(c => c.CreatedAt).Take(5).ToListAsync(ct);
        var current = cards.FirstOrDefault(c => CardStatuses.IsValid(c.Status));
        if (current is null)
            return new PersonSection("card", "社会保障卡", cards.Count == 0 ? "未申领社会保障卡" : "无有效社会保障卡", [], [], 60);
        var status = current.EffectiveStatus(today);
        var summary = $"{current.CardNumber ?? "（制卡中）"} · {CardStatuses.Label(status)} · {current.Bank}";
        var facts = new List<PersonFact>
        {
            new("卡状态", CardStatuses.Label(status), CardStatuses.IsLoss(status)),
            new("社保应用", AppStatuses.Label(AppStatuses.SocialFor(status))),
            new("金融账户", AppStatuses.Label(AppStatuses.FinancialFor(status, current.FinancialStatus))),
            new("合作银行", current.Bank),
        };
        if (current.ExpiresOn is { } expires) facts.Add(new("有效期至", expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), expires <= today));
        if (status == CardStatuses.TemporaryLoss && current.LossExpiresOn is { } until) facts.Add(new("临时挂失有效至", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (current.Status != status) facts.Add(new("提示", "临时挂失已到期，卡已自动恢复", true));
        var table = new PersonTable("卡片记录", ["卡号", "状态", "银行", "申领编号"],
            cards.Select(c => (IReadOnlyList<string>)[c.CardNumber ?? "—", CardStatuses.Label(c.EffectiveStatus(today)), c.Bank, c.ApplicationNo]).ToList());
        return new PersonSection("card", "社会保障卡", summary, facts, [table], 60);
    }
}
