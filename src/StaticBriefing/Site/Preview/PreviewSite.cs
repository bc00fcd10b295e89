using System.Collections.Immutable;
using StaticBriefing.Pipeline;

namespace StaticBriefing.Site.Preview;

/// <summary>
/// The site as the preview server serves it: the latest build's files in memory, and a version
/// that open pages wait on (server-sent events) to reload when a rebuild lands.
/// </summary>
public sealed class PreviewSite
{
    /// <summary>Only preview pages carry this script; published files never do.</summary>
    public const string EventsPath = "/__preview/events";

    private const string ReloadScript = "<script>new EventSource(\"" + EventsPath + "\").onmessage = function () { location.reload(); };</script>";

    private readonly Lock gate = new();
    private ImmutableDictionary<string, OutputFile> files = ImmutableDictionary<string, OutputFile>.Empty.WithComparers(StringComparer.Ordinal);
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Version { get; private set; }

    public void Publish(BuildResult build)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            files = build.Files.ToImmutableDictionary(file => file.Path, StringComparer.Ordinal);
            Version++;
            done = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        done.SetResult();
    }

    /// <summary>Waits until a build newer than <paramref name="seen"/> is published.</summary>
    public Task WaitForChangeAsync(int seen, CancellationToken cancellation)
    {
        lock (gate)
        {
            return Version != seen ? Task.CompletedTask : changed.Task.WaitAsync(cancellation);
        }
    }

    /// <summary>
    /// Maps a request path to a file: "/" and "/briefs/x/" to their index.html. A folder asked
    /// for without its slash redirects, so relative links resolve as they do on the host.
    /// </summary>
    public PreviewResponse Resolve(string requestPath)
    {
        var path = Uri.UnescapeDataString(requestPath).TrimStart('/');
        var current = files;
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }
        if (current.TryGetValue(path, out var file))
        {
            return new PreviewResponse(200, path, Body(file), null);
        }
        if (current.ContainsKey(path + "/index.html"))
        {
            return new PreviewResponse(301, path, [], "/" + path + "/");
        }
        return current.TryGetValue("404.html", out var missing)
            ? new PreviewResponse(404, "404.html", Body(missing), null)
            : new PreviewResponse(404, "404.txt", "Not found"u8.ToArray(), null);
    }

    public static string InjectReload(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + ReloadScript : html.Insert(end, ReloadScript);
    }

    private static byte[] Body(OutputFile file) =>
        file.Path.EndsWith(".html", StringComparison.Ordinal)
            ? System.Text.Encoding.UTF8.GetBytes(InjectReload(file.ReadText()))
            : [.. file.Content];
}
