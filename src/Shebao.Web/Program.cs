using Shebao.Web.Hosting;

namespace Shebao.Web;

public partial class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && Commands.Names.Contains(args[0])) return await Commands.RunAsync(args);

        var app = ShebaoApp.Build(args);
        await app.StartAsync();
        Banner.Print(app);
        await app.WaitForShutdownAsync();
        return 0;
    }
}
