using System.CommandLine;

namespace StaticBriefing.Cli;

// PLACEHOLDER: the 'evaluate' command; its owner replaces this file.
public static class EvaluateCommand
{
    public static Command Create()
    {
        var command = new Command("evaluate", "Not implemented yet.");
        command.SetAction(_ => 1);
        return command;
    }
}
