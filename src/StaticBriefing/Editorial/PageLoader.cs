using StaticBriefing.Annotation.Data;
using StaticBriefing.Briefs.Parsing;
using StaticBriefing.Markdown;

namespace StaticBriefing.Editorial;

/// <summary>Reads editorial pages: strict front matter (title, description), Markdown body rendered without raw HTML.</summary>
public static class PageLoader
{
    public const string Folder = "input/pages";

    public static EditorialPage Parse(DataFile file)
    {
        var slug = Path.GetFileNameWithoutExtension(file.Name);
        if (slug.Length == 0 || !slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new DataFileException(file.Name, null, null, "a page's file name is its URL: use lower-case letters, digits and '-'");
        }
        var split = FrontMatterSplitter.Split(file);
        var page = StrictYaml.Deserialize<PageFile>(split.Yaml, file.Name);
        var lines = new YamlLineMap(split.Yaml);
        if (string.IsNullOrWhiteSpace(page.Title))
        {
            throw new DataFileException(file.Name, lines.Line("title"), "title", "missing");
        }
        if (string.IsNullOrWhiteSpace(page.Description))
        {
            throw new DataFileException(file.Name, lines.Line("description"), "description", "missing");
        }
        if (string.IsNullOrWhiteSpace(split.Body))
        {
            throw new DataFileException(file.Name, split.BodyLine, null, "the page has no text after its front matter");
        }
        string html;
        try
        {
            html = MarkdownPipelines.ToHtml(split.Body, MarkdownPipelines.Pages);
        }
        catch (ArgumentException error)
        {
            // Markdig's guard against absurdly deep nesting.
            throw new DataFileException(file.Name, split.BodyLine, null, error.Message);
        }
        return new EditorialPage(slug, page.Title.Trim(), page.Description.Trim(), split.Body, html, file.Name);
    }

    /// <summary>All pages of a repository's input/pages, in file-name order.</summary>
    public static IReadOnlyList<EditorialPage> LoadAll(string root)
    {
        var folder = Path.Combine(root, Folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.GetFiles(folder, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(new DataFile($"{Folder}/{Path.GetFileName(path)}", File.ReadAllText(path))))
            .ToList();
    }
}
