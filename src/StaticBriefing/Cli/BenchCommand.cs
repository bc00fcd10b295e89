using System.CommandLine;

namespace StaticBriefing.Cli;

// PLACEHOLDER: the 'bench' command; its owner replaces this file.
public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Not implemented yet.");
        command.SetAction(_ => 1);
        return command;
    }
}
