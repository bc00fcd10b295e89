using System.CommandLine;
using StaticBriefing.Site;

namespace StaticBriefing.Cli;

/// <summary>'build' (the default): builds the site into output/ and prints where. Exit code 1 if anything failed.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var command = new Command("build", "Build the site into output/.");
        options.AddTo(command);
        command.SetAction(async (parse, cancellation) =>
        {
            var (root, output) = options.Resolve(parse);
            if (OutputGuard.Problem(root, output) is { } problem)
            {
                Console.Error.WriteLine(problem);
                return 2;
            }
            Console.WriteLine($"Building {root}");
            await using var builder = new SiteBuilder();
            var result = await SiteBuildRun.RunAsync(builder, root, output, Console.Out, Console.Error, cancellation);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"{result.Diagnostics.Length} error(s).");
            }
            return result.Succeeded ? 0 : 1;
        });
        return command;
    }
}
