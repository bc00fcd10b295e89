using System.CommandLine;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Evaluation;

namespace StaticBriefing.Cli;

/// <summary>'evaluate GOLD': runs the pipeline on the seeds the gold files name and scores it.</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "Folder of NAME.gold.yml files (seeds/NAME.txt is read)." };
        var root = new Option<string>("--root") { Description = "Repository root (input/, seeds/).", DefaultValueFactory = _ => "." };
        var seeds = new Option<string?>("--seeds") { Description = "Folder of the NAME.txt articles (default: ROOT/seeds)." };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var details = new Option<bool>("--details") { Description = "List every miss and spurious annotation." };
        var command = new Command("evaluate", "Score the annotator against hand-made gold annotations.") { gold, root, seeds, json, details };
        command.SetAction(parse =>
        {
            try
            {
                var report = Evaluator.Run(parse.GetValue(root)!, parse.GetValue(gold)!, parse.GetValue(seeds));
                Console.Out.Write(parse.GetValue(json) ? ReportJson.Render(report) : ReportTable.Render(report, parse.GetValue(details)));
                return 0;
            }
            catch (DataFileException error)
            {
                Console.Error.WriteLine("error: " + error.Message);
                return 1;
            }
        });
        return command;
    }
}
