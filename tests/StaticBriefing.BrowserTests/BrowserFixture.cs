using Microsoft.Playwright;
using StaticBriefing.BrowserTests.Serving;

namespace StaticBriefing.BrowserTests;

/// <summary>
/// One server over output/ and one Debian Chromium for all browser tests. Playwright drives the
/// system browser (CHROMIUM_PATH or `chromium` on PATH); it never downloads one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private StaticSiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string OutputRoot { get; } = RepositoryPaths.Of("output");

    public string BaseUrl => server?.BaseUrl ?? throw new InvalidOperationException("server not started");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("browser not started");

    public SitePages Pages { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(OutputRoot, "index.html")))
        {
            throw new InvalidOperationException($"{OutputRoot}/index.html not found: run .ci/browser-tests.sh (it builds the site first)");
        }
        Pages = SitePages.Discover(OutputRoot);
        server = await StaticSiteServer.StartAsync(OutputRoot, NetlifyHeaders.Read(RepositoryPaths.Of("netlify.toml")));
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = LaunchArgs,
        });
    }

    /// <summary>A fresh page in its own context (no shared cookies or storage between tests).</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseUrl;
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        var context = await Browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "chromium"))
            .FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException("chromium not found on PATH: apt-get install -y chromium (or set CHROMIUM_PATH)");
    }
}
