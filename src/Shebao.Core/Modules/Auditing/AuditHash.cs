using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Shebao.Core.Platform.Crypto;

namespace Shebao.Core.Modules.Auditing;

/// <summary>The chain's canonical form: fixed field order, UTF-8, each field length-prefixed (4 bytes, big-endian).</summary>
internal static class AuditHash
{
    public static readonly string Genesis = new('0', 64);

    public static string Compute(AuditEntry e)
    {
        var fields = new[]
        {
            e.Seq.ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(e.At, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
            e.UserName, e.OrgUnitCode, e.Ip, e.Action, e.ObjectType, e.ObjectId, e.Result, e.Fields, e.Reason,
        };
        using var buffer = new MemoryStream();
        buffer.Write(Convert.FromHexString(e.PrevHash));
        Span<byte> length = stackalloc byte[4];
        foreach (var field in fields)
        {
            var bytes = field is null ? [] : Encoding.UTF8.GetBytes(field);
            // -1 marks null so that null and "" hash differently.
            BinaryPrimitives.WriteInt32BigEndian(length, field is null ? -1 : bytes.Length);
            buffer.Write(length);
            buffer.Write(bytes);
        }
        return Convert.ToHexStringLower(Sm3.Hash(buffer.ToArray()));
    }
}
