using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Shebao.Core.Modules.Identity.Demo;

namespace Shebao.Web.Hosting;

public static class Banner
{
    public static void Print(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<ShebaoSettings>();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine("叶集区社会保险村级服务平台 (Shebao) is running.");
        foreach (var address in addresses) Console.WriteLine($"  URL:      {address}");
        Console.WriteLine($"  Data:     {app.Services.GetRequiredService<DataFolder>().Path}");
        Console.WriteLine($"  Mode:     {settings.Mode}");
        if (settings.IsDemo)
        {
            Console.WriteLine($"  Demo logins (password {DemoAccounts.Password} for all):");
            foreach (var group in DemoAccounts.All.GroupBy(a => a.Role))
                Console.WriteLine($"    {group.Key,-18} {string.Join(", ", group.Select(a => a.UserName))}");
        }
        Console.WriteLine("  Press Ctrl+C to stop.");
    }
}
