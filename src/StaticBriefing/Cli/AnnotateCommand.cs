using System.CommandLine;

namespace StaticBriefing.Cli;

// PLACEHOLDER: the 'annotate' command; its owner replaces this file.
public static class AnnotateCommand
{
    public static Command Create()
    {
        var command = new Command("annotate", "Not implemented yet.");
        command.SetAction(_ => 1);
        return command;
    }
}
