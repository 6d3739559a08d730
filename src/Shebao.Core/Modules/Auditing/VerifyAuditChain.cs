using Microsoft.EntityFrameworkCore;
using Shebao.Core.Platform.Data;

namespace Shebao.Core.Modules.Auditing;

public sealed record AuditChainReport(bool Intact, long RowsChecked, long? FirstBrokenSeq, string? Problem);

/// <summary>Walks the chain in order and names the first broken row: changed content, a broken link, or a gap.</summary>
public sealed class VerifyAuditChainHandler(AppDbContext db)
{
    private const int BatchSize = 5000;

    public async Task<AuditChainReport> HandleAsync(CancellationToken ct = default)
    {
        var expectedPrev = AuditHash.Genesis;
        long expectedSeq = 1, checkedRows = 0, after = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Seq > after).OrderBy(a => a.Seq).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var row in batch)
            {
                if (row.Seq != expectedSeq) return new(false, checkedRows, expectedSeq, $"缺失第 {expectedSeq} 行（下一行为第 {row.Seq} 行）");
                if (row.PrevHash != expectedPrev) return new(false, checkedRows, row.Seq, $"第 {row.Seq} 行的前序哈希与上一行不一致");
                if (AuditHash.Compute(row) != row.Hash) return new(false, checkedRows, row.Seq, $"第 {row.Seq} 行内容已被篡改（哈希不符）");
                expectedPrev = row.Hash;
                expectedSeq++;
                checkedRows++;
            }
            after = batch[^1].Seq;
        }
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == 1, ct);
        if (head.LastSeq != checkedRows || head.LastHash != expectedPrev)
            return new(false, checkedRows, checkedRows + 1, $"链头记录（第 {head.LastSeq} 行）与审计表末行（第 {checkedRows} 行）不一致：末尾的行被删除或截断");
        return new(true, checkedRows, null, null);
    }
}
