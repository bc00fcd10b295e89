using System.Text.RegularExpressions;

namespace StaticBriefing.Reading;

/// <summary>
/// Finds the headline, byline, author and outlet. The head is the content before the first
/// paragraph of prose; the headline is its first headline-shaped line that is not the masthead
/// (<see cref="Masthead"/>). A byline may also follow a standfirst, so it is looked for up to the
/// second paragraph of prose. The outlet comes from the byline ("By X for OUTLET"), else a
/// copyright line, else a writer widget naming an outlet, else the masthead; a source the text cites ("according to
/// X") is never taken for it. The reader may still take a wire dateline's agency ("(Reuters)")
/// when the head names no outlet.
/// </summary>
public sealed class HeadReader(ReadingRules rules)
{
    public PageHead Read(IReadOnlyList<PageLine> lines)
    {
        var widget = WriterWidgetName(lines);
        var widgetIsOutlet = widget is not null && NamesOutlet(widget);
        var (copyrightOutlet, year) = Copyright(lines);
        var masthead = new Masthead(rules, lines, copyrightOutlet, widgetIsOutlet ? widget : null);
        int? title = null;
        int? mastheadLine = null;
        int? byline = null;
        Match? bylineMatch = null;
        var proseSeen = 0;
        var contentSeen = false;
        for (var i = 0; i < lines.Count && proseSeen < 2 && (proseSeen == 0 || byline is null); i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }
            // A byline marked as chrome (inside a post-meta block, above "5 min read") is still the byline.
            var match = rules.Byline.Match(line.Trimmed);
            if (byline is null && match.Success && (proseSeen == 0 || !TextShape.IsProse(line.Trimmed)))
            {
                (byline, bylineMatch) = (i, match);
                continue;
            }
            if (line.IsChrome)
            {
                continue;
            }
            var firstContent = !contentSeen;
            contentSeen = true;
            if (TextShape.IsProse(line.Trimmed))
            {
                proseSeen++;
                continue;
            }
            if (proseSeen > 0 || title is not null || !IsHeadline(line.Trimmed))
            {
                continue;
            }
            if (mastheadLine is null && masthead.Is(lines, i, firstContent))
            {
                mastheadLine = i;
                continue;
            }
            title = i;
        }
        var bylineOutlet = Group(bylineMatch, "outlet");
        var widgetOutlet = widgetIsOutlet ? widget : null;
        var mastheadOutlet = mastheadLine is { } m ? lines[m].Trimmed : null;
        var outlet = bylineOutlet ?? copyrightOutlet ?? widgetOutlet ?? mastheadOutlet;
        var outletBasis = bylineOutlet is not null ? "byline" : copyrightOutlet is not null ? "copyright line"
            : widgetOutlet is not null ? "writer widget" : outlet is not null ? "masthead" : null;
        var author = Group(bylineMatch, "author") ?? (widget is not null && !widgetIsOutlet ? widget : null);
        return new PageHead(title, byline, Group(bylineMatch, "rest"), author, outlet, outletBasis, year) { MastheadLine = mastheadLine };
    }

    public bool IsHeadline(string text)
    {
        var words = TextShape.WordCount(text);
        return words >= rules.TitleMinWords && words <= rules.TitleMaxWords
            && char.IsUpper(text[0]) && !TextShape.EndsSentence(text);
    }

    public bool NamesOutlet(string name) =>
        name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(word => rules.OutletWords.Contains(word.Trim('.', ',')));

    private string? WriterWidgetName(IReadOnlyList<PageLine> lines) => lines
        .Select(line => rules.WriterWidget.Match(line.Trimmed))
        .Where(match => match.Success)
        .Select(match => match.Groups["name"].Value.Trim())
        .FirstOrDefault();

    private (string? Outlet, int? Year) Copyright(IReadOnlyList<PageLine> lines)
    {
        foreach (var match in lines.SelectMany(line => rules.Copyright.Select(pattern => pattern.Match(line.Trimmed))))
        {
            if (match.Success)
            {
                var outlet = Group(match, "outlet");
                return (outlet, int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return (null, null);
    }

    private static string? Group(Match? match, string name)
    {
        if (match is null || !match.Groups[name].Success)
        {
            return null;
        }
        var value = match.Groups[name].Value.Trim().TrimEnd('.', ',', ';', ':').Trim();
        return value.Length == 0 ? null : value;
    }
}
