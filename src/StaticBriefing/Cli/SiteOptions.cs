using System.CommandLine;

namespace StaticBriefing.Cli;

/// <summary>The --root and --output options that build and preview share.</summary>
public sealed class SiteOptions
{
    public Option<string> Root { get; } = new("--root")
    {
        Description = "The repository folder with seeds/, input/ and theme/ (default: the current directory).",
        DefaultValueFactory = _ => Directory.GetCurrentDirectory(),
    };

    public Option<string?> Output { get; } = new("--output")
    {
        Description = "Where to write the site (default: ROOT/output).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Root);
        command.Options.Add(Output);
    }

    public (string Root, string Output) Resolve(ParseResult parse)
    {
        var root = Path.GetFullPath(parse.GetValue(Root)!);
        var output = Path.GetFullPath(parse.GetValue(Output) ?? Path.Combine(root, "output"));
        return (root, output);
    }
}
