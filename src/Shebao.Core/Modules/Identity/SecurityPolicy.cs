namespace Shebao.Core.Modules.Identity;

/// <summary>
/// Named security profiles (security-reliability §2.1). 等保 is the production default; its composition
/// and expiry rules deviate from ASVS 6.2.5/6.2.10 on purpose. Every number is configuration.
/// </summary>
public sealed class SecurityPolicyOptions
{
    public const string Dengbao = "dengbao";
    public const string Asvs = "asvs";

    public string Profile { get; set; } = Dengbao;
    public int MinLength { get; set; } = 8;
    public int MaxLength { get; set; } = 128;

    /// <summary>How many of the four classes (upper, lower, digit, symbol) a password needs; 0 = none.</summary>
    public int RequiredClasses { get; set; } = 3;

    /// <summary>Days until a forced change; 0 = never.</summary>
    public int ExpiryDays { get; set; } = 90;

    public int LockoutFailures { get; set; } = 5;
    public int LockoutMinutes { get; set; } = 15;
    public int IdleTimeoutMinutes { get; set; } = 20;
    public int AbsoluteSessionHours { get; set; } = 8;

    public static SecurityPolicyOptions ForProfile(string profile) => profile == Asvs
        ? new SecurityPolicyOptions { Profile = Asvs, RequiredClasses = 0, ExpiryDays = 0 }
        : new SecurityPolicyOptions();
}
