using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Shebao.Core.Modules.Identity;

/// <summary>
/// Identity's PasswordOptions cannot say "3 of 4 classes", so the profile lives here, together with the
/// always-on rules: no truncation, a long maximum, no common password, no username inside.
/// </summary>
public sealed class ProfilePasswordValidator(SecurityPolicyOptions policy) : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(Check(password ?? "", user.UserName) is { } error
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordPolicy", Description = error })
            : IdentityResult.Success);

    /// <summary>Null when acceptable; otherwise the zh-CN reason.</summary>
    public string? Check(string password, string? userName)
    {
        if (password.Length < policy.MinLength) return $"密码至少需要{policy.MinLength}位";
        if (password.Length > policy.MaxLength) return $"密码最多{policy.MaxLength}位";
        if (policy.RequiredClasses > 0)
        {
            var classes = (password.Any(char.IsUpper) ? 1 : 0) + (password.Any(char.IsLower) ? 1 : 0)
                + (password.Any(char.IsDigit) ? 1 : 0) + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
            if (classes < policy.RequiredClasses)
                return $"密码需包含大写字母、小写字母、数字、符号中的至少{policy.RequiredClasses}类";
        }
        if (Common.Value.Contains(password.ToLowerInvariant())) return "密码过于常见，请换一个不易被猜到的密码";
        if (!string.IsNullOrEmpty(userName) && userName.Length >= 3 && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
            return "密码不能包含用户名";
        return null;
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Shebao.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') set.Add(line.Trim().ToLowerInvariant());
        return set;
    }
}
