using System.CommandLine;
using StaticBriefing.Site;
using StaticBriefing.Site.Preview;

namespace StaticBriefing.Cli;

/// <summary>
/// 'preview': builds, serves on http://localhost:5080 (127.0.0.1 only), watches seeds/, input/
/// and theme/, rebuilds what a change touches and reloads open pages. Razor templates are
/// compiled into the app, so a .razor change needs a restart; CSS and data changes do not.
/// </summary>
public static class PreviewCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (default 5080).", DefaultValueFactory = _ => 5080 };
        var command = new Command("preview", "Build, serve on http://localhost:5080 and rebuild on change.");
        options.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (parse, cancellation) =>
        {
            var (root, output) = options.Resolve(parse);
            if (OutputGuard.Problem(root, output) is { } problem)
            {
                Console.Error.WriteLine(problem);
                return 2;
            }
            await using var builder = new SiteBuilder();
            var site = new PreviewSite();
            var gate = new SemaphoreSlim(1, 1);
            async Task Rebuild()
            {
                await gate.WaitAsync(cancellation);
                try
                {
                    site.Publish(await SiteBuildRun.RunAsync(builder, root, output, Console.Out, Console.Error, cancellation));
                }
                finally
                {
                    gate.Release();
                }
            }

            await Rebuild();
            await using var server = PreviewServer.Create(site, parse.GetValue(port));
            await server.StartAsync(cancellation);
            Console.WriteLine($"Serving {output} at http://localhost:{parse.GetValue(port)}/ (Ctrl+C to stop)");
            using var watcher = new SourceWatcher(root, changed =>
            {
                Console.WriteLine($"Changed: {string.Join(", ", changed)}");
                if (changed.Any(path => path.EndsWith(".razor", StringComparison.Ordinal)))
                {
                    Console.WriteLine("Templates are compiled into the app: restart preview to see .razor changes.");
                }
                _ = Rebuild().ContinueWith(task => Console.Error.WriteLine(task.Exception?.GetBaseException().Message), TaskContinuationOptions.OnlyOnFaulted);
            });
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop serving.
            }
            await server.StopAsync(CancellationToken.None);
            return 0;
        });
        return command;
    }
}
