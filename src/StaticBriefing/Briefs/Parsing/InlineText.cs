using Markdig.Syntax.Inlines;
using StaticBriefing.Briefs.Anchors;

namespace StaticBriefing.Briefs.Parsing;

/// <summary>The text of Markdig inlines as a reader sees it, for sentence text and error messages.</summary>
public static class InlineText
{
    /// <summary>The text a reader sees, markup removed.</summary>
    public static string Plain(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        LineBreakInline => "\n",
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        AutolinkInline link => link.Url,
        HtmlInline html => html.Tag,
        LinkDelimiterInline delimiter => delimiter.ToLiteral() + string.Concat(delimiter.Select(Plain)),
        DelimiterInline delimiter => delimiter.ToLiteral() + string.Concat(delimiter.Select(Plain)),
        ContainerInline container => string.Concat(container.Select(Plain)),
        _ => "",
    };

    public static string Shorten(string text)
    {
        var normalised = SentenceText.Normalise(text);
        return normalised.Length <= 40 ? normalised : normalised[..40] + "…";
    }
}
