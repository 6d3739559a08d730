namespace Shebao.Tests.Support;

/// <summary>One running app per test class (startup seeds users and persons, which takes a few seconds).</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await TestApp.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();
}
