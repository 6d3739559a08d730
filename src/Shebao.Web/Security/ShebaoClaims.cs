namespace Shebao.Web.Security;

public static class ShebaoClaims
{
    public const string OrgUnit = "shebao:org";
    public const string DisplayName = "shebao:name";
    public const string MustChangePassword = "shebao:must-change";
    public const string LoginAtItem = "shebao.login-at";
}
