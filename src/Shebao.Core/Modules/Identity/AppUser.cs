using Microsoft.AspNetCore.Identity;

namespace Shebao.Core.Modules.Identity;

/// <summary>A staff account. One person, one account; bound to one org unit.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public string OrgUnitCode { get; set; } = "";
    public bool Enabled { get; set; } = true;

    /// <summary>Initial and admin-reset passwords expire at first use (ASVS 6.4.1).</summary>
    public bool MustChangePassword { get; set; }

    public DateTime? PasswordChangedAt { get; set; }
    public DateTime? LastLoginAt { get; set; }
    public DateTime CreatedAt { get; set; }
}
