using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Content;

/// <summary>
/// Editorial pages from input/pages/*.md: the slug is the file name, the title the first heading.
/// Raw HTML in the Markdown is escaped, not passed through.
/// </summary>
public static class ContentPageReader
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().UseAutoIdentifiers().Build();

    public static IEnumerable<(string Slug, string Text)> Read(string pagesDirectory) =>
        !Directory.Exists(pagesDirectory)
            ? []
            : Directory.EnumerateFiles(pagesDirectory, "*.md")
                .Order(StringComparer.Ordinal)
                .Select(file => (Path.GetFileNameWithoutExtension(file), File.ReadAllText(file)));

    public static ContentPage Render(string slug, string text)
    {
        var document = Markdig.Markdown.Parse(text, Markdown);
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault();
        var title = heading?.Inline is { } inline
            ? string.Concat(inline.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()))
            : slug;
        return new ContentPage(slug, title, document.ToHtml(Markdown));
    }

    /// <summary>A memo key for a page: its slug and text.</summary>
    public static EquatableArray<string> Key(string slug, string text) => new[] { slug, text }.ToEquatableArray();
}
