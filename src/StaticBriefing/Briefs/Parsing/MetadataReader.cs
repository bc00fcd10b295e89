using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs.Parsing.FrontMatter;

namespace StaticBriefing.Briefs.Parsing;

/// <summary>Checks the scalar fields of the front matter and makes the brief's metadata.</summary>
public static class MetadataReader
{
    public static BriefMetadata Read(BriefFrontMatter front, ParseContext context)
    {
        if (front.Id.Length == 0 || !front.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw context.AtPath("", "id", $"'{front.Id}' is not a brief id (letters, digits, '-' and '_'; it names the page)");
        }
        if (string.IsNullOrWhiteSpace(front.Title))
        {
            throw context.AtPath("", "title", "missing");
        }
        if (!ReferenceDate.TryParse(front.Published, out var published) || published is null)
        {
            throw context.AtPath("", "published", $"'{front.Published}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        if (string.IsNullOrWhiteSpace(front.Source))
        {
            throw context.AtPath("", "source", "missing");
        }
        return new BriefMetadata(front.Id, front.Title.Trim(), front.TitleGenerated, Blank(front.Outlet), Blank(front.Author),
            published, Blank(front.PublishedBasis), front.Source);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
