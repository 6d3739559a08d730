using Microsoft.Playwright;
using Shebao.Tests.Support;

namespace Shebao.EndToEnd;

/// <summary>The 材料 table of a case page, as every case flow test uploads to it.</summary>
public static class CaseMaterials
{
    /// <summary>The row of the 材料 table whose file input is labelled with the material's name.</summary>
    public static ILocator Row(IPage page, string material) =>
        page.Locator("tr", new() { Has = page.Locator($"input[type=file][aria-label='{material}']") });

    public static async Task UploadAsync(IPage page, string material, string fileName)
    {
        var row = Row(page, material);
        await row.Locator("input[type=file][name=upload]").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "image/png", Buffer = Scans.Png() });
        await row.Locator("button:has-text('上传')").ClickAsync();
        // After the redirect the row lists the file as a download link.
        await Assertions.Expect(Row(page, material).Locator("a", new() { HasText = fileName })).ToBeVisibleAsync();
    }
}
