using System.CommandLine;
using StaticBriefing.Annotating;
using StaticBriefing.Annotation;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Editorial;
using StaticBriefing.Reading;

namespace StaticBriefing.Cli;

/// <summary>'annotate FILE': read (or, with --plain, take as is) one text and print its annotations.</summary>
public static class AnnotateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The article to annotate, or '-' for standard input." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY, YYYY-MM or YYYY-MM-DD); needed when the text does not give one." };
        var json = new Option<bool>("--json") { Description = "Print JSON (see docs/annotations.md)." };
        var plain = new Option<bool>("--plain") { Description = "Take the input as body text as it is: no chrome stripping, offsets into the input." };
        var root = new Option<string>("--root") { Description = "Repository root (input/).", DefaultValueFactory = _ => "." };
        var command = new Command("annotate", "Annotate one article and print actors, dates, demands, quotes and claims.") { file, published, json, plain, root };
        command.SetAction(parse =>
        {
            using var stdin = Console.OpenStandardInput();
            return Execute(parse.GetValue(file)!, parse.GetValue(published), parse.GetValue(plain), parse.GetValue(json), parse.GetValue(root)!, stdin, Console.Out, Console.Error);
        });
        return command;
    }

    /// <summary>
    /// Runs the command: the annotations on <paramref name="output"/> and 0; or one line on
    /// <paramref name="errors"/> naming the file or argument at fault and a non-zero exit, never a
    /// stack trace: 1 for bad input, 2 when the annotator itself fails (a bug to report).
    /// </summary>
    public static int Execute(string file, string? published, bool plain, bool json, string root, Stream stdin, TextWriter output, TextWriter errors)
    {
        var name = file == "-" ? "stdin" : file;
        try
        {
            output.Write(Run(file, published, plain, json, root, stdin));
            return 0;
        }
        catch (DataFileException error)
        {
            errors.WriteLine("error: " + OneLine(error.Message));
            return 1;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"error: {name}: cannot read it: {OneLine(error.Message)}");
            return 1;
        }
        catch (Exception error)
        {
            var with = published is null ? "" : $" with --published {published}";
            errors.WriteLine($"error: {name}: the annotator failed on this text{with} ({error.GetType().Name}: {OneLine(error.Message)}); please report it");
            return 2;
        }
    }

    public static string Run(string file, string? publishedText, bool plain, bool json, string root, Stream? stdin = null)
    {
        var name = file == "-" ? "stdin" : file;
        var bytes = ReadInput(file, name, stdin);
        ReferenceDate? given = null;
        if (publishedText is not null && !ReferenceDate.TryParse(publishedText, out given))
        {
            throw new DataFileException("--published", null, null, $"'{publishedText}' is not a date as YYYY, YYYY-MM or YYYY-MM-DD (years {ReferenceDate.EarliestYear}–{ReferenceDate.LatestYear})");
        }
        var knowledge = KnowledgeLoader.Load(root);
        var rules = ReadingRules.Load(root);
        Article? article = null;
        string text;
        if (plain)
        {
            text = SeedDecoder.Decode(bytes, name, rules.MaxBytes, normalizeLineEnds: false);
        }
        else
        {
            article = new SeedReader(rules, knowledge.Temporal).Read(file == "-" ? "stdin" : Path.GetFileNameWithoutExtension(file), bytes, name);
            text = article.Text;
        }
        var published = given ?? article?.Published
            ?? throw new DataFileException(name, null, null, "no publication date found in the text; pass --published YYYY-MM-DD");
        var annotated = new Annotator(knowledge).Annotate(text, published, article?.Outlet);
        return json ? AnnotationJson.Render(article, annotated, published) : AnnotationSummary.Render(article, annotated, published);
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    private static byte[] ReadInput(string file, string name, Stream? stdin)
    {
        if (file == "-")
        {
            using var buffer = new MemoryStream();
            (stdin ?? Console.OpenStandardInput()).CopyTo(buffer);
            return buffer.ToArray();
        }
        if (Directory.Exists(file))
        {
            throw new DataFileException(name, null, null, "is a folder, not a file");
        }
        return File.Exists(file) ? File.ReadAllBytes(file) : throw new DataFileException(name, null, null, "file not found");
    }
}
