using System.Net;
using System.Text;
using StaticBriefing.Briefs;
using StaticBriefing.Site.Urls;

namespace StaticBriefing.Site.Sources;

/// <summary>
/// A plain body renderer: paragraphs of sentences, each with its anchor, text escaped, no inline
/// annotation markup. Used where the Markdown renderer is not wanted (or not yet available).
/// </summary>
public sealed class SentenceBodyRenderer : IBriefBodyRenderer
{
    public string Render(Brief brief, SiteLinks links)
    {
        var html = new StringBuilder();
        foreach (var paragraph in brief.Sentences.GroupBy(sentence => sentence.Paragraph).OrderBy(group => group.Key))
        {
            html.Append("<p>");
            html.AppendJoin(' ', paragraph.Select(sentence =>
                $"<span class=\"sentence\" id=\"{WebUtility.HtmlEncode(sentence.Anchor)}\">{WebUtility.HtmlEncode(sentence.Text)}</span>"));
            html.Append("</p>\n");
        }
        return html.ToString();
    }
}
