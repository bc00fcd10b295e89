using System.Text.RegularExpressions;

namespace StaticBriefing.Reading;

/// <summary>
/// Finds the headline, byline, author and outlet. The head is the content before the first
/// paragraph of prose; the headline is its first headline-shaped line that is not the masthead
/// (<see cref="Masthead"/>). A byline may also follow a standfirst, so it is looked for up to the
/// second paragraph of prose; a newsletter's byline is a person's name alone on a head line with
/// the post date on the next (<see cref="PersonNames"/>). The outlet: see <see cref="ChooseOutlet"/>;
/// a source the text cites ("according to X") is never taken for it. The reader may still take a
/// wire dateline's agency ("(Reuters)") when the head names no outlet.
/// </summary>
public sealed class HeadReader(ReadingRules rules)
{
    /// <summary>Chrome lines (a menu) that part a site's name line from the headline under it.</summary>
    private const int SiteMenuLines = 3;

    private readonly PersonNames persons = new(rules);
    private readonly OutletChoice outlets = new(rules);
    private readonly IssuerLine issuers = new(rules);

    public PageHead Read(IReadOnlyList<PageLine> lines)
    {
        var widget = WriterWidget.Name(rules, lines);
        var widgetIsOutlet = widget is not null && rules.NamesOutlet(widget);
        // A writer widget naming a person ("Reporter: NAME") is the byline: a bare name over a date is then the masthead over the date bar.
        var bareBylines = widget is null || widgetIsOutlet;
        var (copyrightOutlet, year) = CopyrightNotice.Find(rules, lines);
        var masthead = new Masthead(rules, lines, copyrightOutlet, widgetIsOutlet ? widget : null);
        var taglines = new Tagline(rules);
        int? title = null;
        int? tagline = null;
        int? siteName = null;
        int? slug = null;
        int? mastheadLine = null;
        int? byline = null;
        Match? bylineMatch = null;
        string? issuer = null;
        int? postDateLine = null;
        var proseSeen = 0;
        var contentSeen = false;
        var chromeSinceTitle = 0;
        var shareSinceTitle = false;
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
            // A government page names the people and bodies a statement is "From:": its person is the author.
            if (byline is null && issuers.Author(line.Trimmed) is { } issuerName)
            {
                (byline, issuer) = (i, issuerName);
                continue;
            }
            // A byline block: the author's name alone (a label, so chrome) or with a role ("NAME, ROLE":
            // a briefer), the post date under it ("11.05.2025, 19:40"); like a "By" byline it may come after the standfirst.
            if (byline is null && bareBylines && (BylineBlock.PostDateAfter(lines, i) ?? (title is null ? null : BylineBlock.DateAbove(lines, i))) is { } date
                && (persons.Looks(line.Trimmed) || persons.NameBeforeRole(line.Trimmed) is not null) && !masthead.RepeatedInChrome(lines, i))
            {
                (byline, postDateLine) = (i, date);
                continue;
            }
            // A name alone between the headline block and the first paragraph of prose, the date
            // printed above the headline ("25 Jan 2025" / headline / standfirst / NAME / "MOSCOW, …").
            if (byline is null && bareBylines && title is not null && proseSeen == 0 && BylineBlock.ProseFollows(lines, i)
                && persons.Looks(line.Trimmed) && !masthead.RepeatedInChrome(lines, i))
            {
                byline = i;
                continue;
            }
            if (line.IsChrome)
            {
                chromeSinceTitle++;
                shareSinceTitle |= rules.ShareRow.AnyMatch(line.Trimmed);
                // A masthead short enough to pass for a label ("Salt Road") when the footer names it.
                mastheadLine ??= proseSeen == 0 && title is null && masthead.NamedInFurniture(lines, i) ? i : null;
                continue;
            }
            var firstContent = !contentSeen;
            contentSeen = true;
            if (TextShape.IsProse(line.Trimmed))
            {
                proseSeen++;
                continue;
            }
            // A slug in capitals right above it gives way to the headline ("UAE RUSSIA UKRAINE TALKS" over the title).
            var underSlug = title is { } above && proseSeen == 0 && !line.Structured && CapsSlug.Above(lines, above, i) && IsHeadline(line.Trimmed);
            // An infobox under the tabs (its caption a copy of the title) does not make the title a site's name.
            if (proseSeen > 0 || (title is not null && !underSlug && (line.Structured || !IsUnderSiteMenu(byline, chromeSinceTitle, shareSinceTitle)))
                || !IsHeadline(line.Trimmed))
            {
                continue;
            }
            if (underSlug)
            {
                (slug, title) = (title, i);
                continue;
            }
            if (mastheadLine is null && masthead.Is(lines, i, firstContent))
            {
                mastheadLine = i;
                continue;
            }
            if (tagline is null && taglines.Is(lines, i, mastheadLine))
            {
                tagline = i;
                continue;
            }
            // A first candidate that menu lines part from this one, with no byline under it, was the site's name.
            siteName ??= title;
            title = i;
            chromeSinceTitle = 0;
            shareSinceTitle = false;
        }
        var bareByline = bylineMatch is null && issuer is null && byline is { } b ? persons.NameBeforeRole(lines[b].Trimmed) ?? lines[b].Trimmed : null;
        var author = Group(bylineMatch, "author") ?? issuer ?? bareByline ?? (widget is not null && !widgetIsOutlet ? widget : null);
        var rest = bareByline is not null && postDateLine is { } d ? lines[d].Trimmed : Group(bylineMatch, "rest");
        var mastheadName = mastheadLine is { } m ? lines[m].Trimmed : null;
        var (outlet, outletBasis) = outlets.Choose(new OutletEvidence(Group(bylineMatch, "outlet"), copyrightOutlet,
            widgetIsOutlet ? widget : null, mastheadName, mastheadLine is { } n && masthead.PublishedByCopyrightHolder(lines, n))
        {
            Furniture = masthead.FurnitureName,
        }, author);
        return new PageHead(title, byline, rest, author, outlet, outletBasis, year) { MastheadLine = mastheadLine, TaglineLine = tagline, SiteNameLine = siteName, SlugLine = slug };
    }

    /// <summary>
    /// A menu's worth of chrome under the first candidate, and neither a byline nor share buttons
    /// (which belong to an article's headline): the first candidate was the site's name ("Official website of …").
    /// </summary>
    private static bool IsUnderSiteMenu(int? byline, int chromeSinceTitle, bool shareSinceTitle) =>
        byline is null && !shareSinceTitle && chromeSinceTitle >= SiteMenuLines;

    public bool IsHeadline(string text) => TextShape.IsHeadline(text, rules.TitleMinWords, rules.TitleMaxWords) && !rules.NotTitles.AnyMatch(text);

    private static string? Group(Match? match, string name) => BylineGroup.Value(match, name);
}
