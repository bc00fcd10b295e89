using System.CommandLine;

namespace StaticBriefing.Cli;

// PLACEHOLDER: the 'build' command; its owner replaces this file.
public static class BuildCommand
{
    public static Command Create()
    {
        var command = new Command("build", "Not implemented yet.");
        command.SetAction(_ => 1);
        return command;
    }
}
