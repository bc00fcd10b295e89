using System.CommandLine;

namespace StaticBriefing.Cli;

// PLACEHOLDER: the 'preview' command; its owner replaces this file.
public static class PreviewCommand
{
    public static Command Create()
    {
        var command = new Command("preview", "Not implemented yet.");
        command.SetAction(_ => 1);
        return command;
    }
}
