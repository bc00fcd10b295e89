using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace StaticBriefing.Site.Preview;

/// <summary>Kestrel on 127.0.0.1 serving a <see cref="PreviewSite"/>, with the live-reload event stream.</summary>
public static class PreviewServer
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static WebApplication Create(PreviewSite site, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet(PreviewSite.EventsPath, (HttpContext context) => StreamEvents(site, context));
        app.MapFallback(context => Serve(site, context));
        return app;
    }

    private static async Task Serve(PreviewSite site, HttpContext context)
    {
        var answer = site.Resolve(context.Request.Path.Value ?? "/");
        context.Response.StatusCode = answer.Status;
        context.Response.Headers.CacheControl = "no-store";
        if (answer.RedirectTo is not null)
        {
            context.Response.Headers.Location = answer.RedirectTo;
            return;
        }
        context.Response.ContentType = ContentTypes.TryGetContentType(answer.Path, out var type)
            ? type + (type.StartsWith("text/", StringComparison.Ordinal) ? "; charset=utf-8" : "")
            : "application/octet-stream";
        if (answer.Path.EndsWith(".md", StringComparison.Ordinal))
        {
            context.Response.ContentType = "text/markdown; charset=utf-8";
        }
        await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted);
    }

    private static async Task StreamEvents(PreviewSite site, HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var seen = site.Version;
        await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await site.WaitForChangeAsync(seen, context.RequestAborted);
                seen = site.Version;
                await context.Response.WriteAsync($"data: {seen}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
    }
}
