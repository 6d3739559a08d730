using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Shebao.Web.Hosting;
using Shebao.Tests.Support;

namespace Shebao.Tests.Architecture;

/// <summary>Adapters are thin: pages, views and API endpoints call handlers, never the database.</summary>
public sealed class WebBoundaryTests
{
    private const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Web = typeof(ShebaoApp).Assembly;

    [Fact]
    public void PagesApiAndViews_NeverTakeADbContextOrDbSet()
    {
        var adapters = Web.GetTypes().Where(t => t.Namespace is { } ns
            && (ns.StartsWith("Shebao.Web.Pages", StringComparison.Ordinal) || ns.StartsWith("Shebao.Web.Api", StringComparison.Ordinal) || ns == "AspNetCoreGeneratedDocument"));
        Assert.Empty(adapters.SelectMany(DatabaseReferences));
    }

    [Fact]
    public void TheCheck_FindsTheHostingPlumbingThatMayUseTheDatabase()
    {
        // Guards the guard: the readiness check takes AppDbContext, so the scan must see it.
        Assert.NotEmpty(DatabaseReferences(typeof(ReadinessCheck)));
    }

    [Fact]
    public void RazorFiles_NeverMentionAppDbContext()
    {
        var pages = RepoFiles.PathOf("src", "Shebao.Web", "Pages");
        var views = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(views);
        Assert.Empty(views.Where(f => File.ReadAllText(f).Contains("AppDbContext", StringComparison.Ordinal)).Select(f => Path.GetRelativePath(pages, f)));
    }

    /// <summary>Fields, properties, constructor and method parameters (minimal-API lambdas included) of a type and its nested types.</summary>
    private static IEnumerable<string> DatabaseReferences(Type type)
    {
        var found = new List<string>();
        found.AddRange(type.GetFields(Members).Where(f => IsDatabase(f.FieldType)).Select(f => $"{type.FullName}.{f.Name}"));
        found.AddRange(type.GetProperties(Members).Where(p => IsDatabase(p.PropertyType)).Select(p => $"{type.FullName}.{p.Name}"));
        found.AddRange(type.GetConstructors(Members).SelectMany(c => c.GetParameters()).Where(p => IsDatabase(p.ParameterType)).Select(p => $"{type.FullName}(.. {p.Name} ..)"));
        found.AddRange(type.GetMethods(Members).SelectMany(m => m.GetParameters().Select(p => (m, p))).Where(x => IsDatabase(x.p.ParameterType)).Select(x => $"{type.FullName}.{x.m.Name}(.. {x.p.Name} ..)"));
        found.AddRange(type.GetNestedTypes(Members).SelectMany(DatabaseReferences));
        return found;
    }

    private static bool IsDatabase(Type t) =>
        typeof(DbContext).IsAssignableFrom(t)
        || (t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(DbSet<>) || t.GetGenericArguments().Any(IsDatabase)));
}
