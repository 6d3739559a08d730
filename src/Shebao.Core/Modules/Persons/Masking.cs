namespace Shebao.Core.Modules.Persons;

/// <summary>Server-side masking (P5): the only shapes personal identifiers take on screens, in responses and on paper.</summary>
public static class Masking
{
    /// <summary>First 6 + last 4: the area code lets a clerk check plausibility.</summary>
    public static string IdNumber(string id) => id.Length < 10 ? new string('*', id.Length) : id[..6] + new string('*', id.Length - 10) + id[^4..];

    public static string Phone(string phone) => phone.Length < 7 ? new string('*', phone.Length) : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];

    /// <summary>First 6 + last 4, the PCI DSS display limit.</summary>
    public static string BankAccount(string account) => account.Length < 10 ? new string('*', account.Length) : account[..6] + new string('*', account.Length - 10) + account[^4..];

    /// <summary>Surname kept: 张* for two characters, 张*三 for three or more.</summary>
    public static string Name(string name) => name.Length switch
    {
        0 => "",
        1 => name,
        2 => name[..1] + "*",
        _ => name[..1] + new string('*', name.Length - 2) + name[^1..],
    };
}
