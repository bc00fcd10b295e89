using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StaticBriefing.BrowserTests.Serving;

/// <summary>
/// A tiny static file server for output/ on 127.0.0.1 (a free port), behaving like Netlify for what
/// the tests need: folder → index.html, "/x" → 301 "/x/" for folders, 404.html with status 404,
/// and the headers of netlify.toml on every response.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, string baseUrl) => (this.app, BaseUrl) = (app, baseUrl);

    public string BaseUrl { get; }

    public static async Task<StaticSiteServer> StartAsync(string root, IReadOnlyList<HeaderRule> headers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var types = new FileExtensionContentTypeProvider();
        app.Run(context => Serve(context, Path.GetFullPath(root), headers, types));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, address.TrimEnd('/'));
    }

    private static async Task Serve(HttpContext context, string root, IReadOnlyList<HeaderRule> headers, FileExtensionContentTypeProvider types)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        foreach (var rule in headers.Where(r => r.Matches(path)))
        {
            foreach (var (key, value) in rule.Values)
            {
                context.Response.Headers[key] = value;
            }
        }
        var file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (!file.StartsWith(root, StringComparison.Ordinal))
        {
            context.Response.StatusCode = 400;
            return;
        }
        if (Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                context.Response.StatusCode = 301;
                context.Response.Headers.Location = path + "/";
                return;
            }
            file = Path.Combine(file, "index.html");
        }
        var status = 200;
        if (!File.Exists(file))
        {
            (file, status) = (Path.Combine(root, "404.html"), 404);
        }
        if (!File.Exists(file))
        {
            context.Response.StatusCode = 404;
            return;
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        await context.Response.SendFileAsync(file);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
