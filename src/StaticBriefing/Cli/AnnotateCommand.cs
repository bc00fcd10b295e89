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
            try
            {
                var output = Run(parse.GetValue(file)!, parse.GetValue(published), parse.GetValue(plain), parse.GetValue(json), parse.GetValue(root)!);
                Console.Out.Write(output);
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

    public static string Run(string file, string? publishedText, bool plain, bool json, string root)
    {
        var name = file == "-" ? "stdin" : file;
        var bytes = ReadInput(file, name);
        ReferenceDate? given = null;
        if (publishedText is not null && !ReferenceDate.TryParse(publishedText, out given))
        {
            throw new DataFileException("--published", null, null, $"'{publishedText}' is not YYYY, YYYY-MM or YYYY-MM-DD");
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
        var annotated = new Annotator(knowledge).Annotate(text, published);
        return json ? AnnotationJson.Render(article, annotated, published) : AnnotationSummary.Render(article, annotated, published);
    }

    private static byte[] ReadInput(string file, string name)
    {
        if (file == "-")
        {
            using var buffer = new MemoryStream();
            Console.OpenStandardInput().CopyTo(buffer);
            return buffer.ToArray();
        }
        return File.Exists(file) ? File.ReadAllBytes(file) : throw new DataFileException(name, null, null, "file not found");
    }
}
