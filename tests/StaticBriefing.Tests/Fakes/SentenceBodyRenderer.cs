using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using StaticBriefing.Briefs;
using StaticBriefing.Site.Urls;

using StaticBriefing.Site.Sources;

namespace StaticBriefing.Tests.Fakes;

/// <summary>
/// A plain body renderer: paragraphs of sentences, each with its anchor, text escaped, no inline
/// annotation markup. Used where the Markdown renderer is not wanted (or not yet available).
/// </summary>
public sealed class SentenceBodyRenderer : IBriefBodyRenderer
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public BriefHtml Render(Brief brief, SiteLinks links)
    {
        var html = new StringBuilder();
        foreach (var paragraph in brief.Sentences.Where(sentence => !sentence.Headline).GroupBy(sentence => sentence.Paragraph).OrderBy(group => group.Key))
        {
            html.Append("<p>");
            html.AppendJoin(' ', paragraph.Select(sentence =>
                $"<span class=\"sentence\" id=\"{Encoder.Encode(sentence.Anchor)}\">{Encoder.Encode(sentence.Text)}</span>"));
            html.Append("</p>\n");
        }
        var headline = brief.Sentences.Where(sentence => sentence.Headline).Select(sentence =>
            $"<span class=\"sentence\" id=\"{Encoder.Encode(sentence.Anchor)}\">{Encoder.Encode(sentence.Text)}</span>");
        return new BriefHtml(brief.Sentences.Any(sentence => sentence.Headline) ? string.Join(' ', headline) : null, html.ToString());
    }
}
