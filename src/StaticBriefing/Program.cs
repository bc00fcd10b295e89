using System.CommandLine;
using StaticBriefing.Cli;

// 'build' is the default: 'dotnet run --project src/StaticBriefing' builds the site.
var root = new RootCommand("StaticBriefing: a static briefing site generated from news articles.");
var build = BuildCommand.Create();
root.Subcommands.Add(build);
root.Subcommands.Add(PreviewCommand.Create());
root.Subcommands.Add(AnnotateCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
var arguments = args.Length == 0 ? ["build"] : args;
return await root.Parse(arguments).InvokeAsync();
