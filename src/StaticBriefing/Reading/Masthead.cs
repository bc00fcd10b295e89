namespace StaticBriefing.Reading;

/// <summary>
/// The outlet's name printed alone above the headline ("NordWire", "The Harbour Gazette"). A short
/// head line is the masthead, not the title, when the page names the same outlet elsewhere: in a
/// copyright line, as a wire dateline's agency ("OSLO, May 2 (Nordic Wire) – "), in a writer
/// widget, or inside another line of site chrome ("Our Standards: The Gazette Trust Principles").
/// A footer phrase naming the publication (reading.yml's outlet_phrases: "Thanks for reading NAME!",
/// "NAME is made by COMPANY"), or a copyright holder whose name begins with the line's ("© 2025 Lantern
/// Media Trust" under "Lantern"), makes even a label-length head line the masthead; the latter only
/// when no other line prints the holder's full name (a logo "POLARIS" over "Polaris News Agency").
/// Without such evidence, a first line that reads like an outlet's name ("The Baltic Herald", by
/// reading.yml's outlet words) above another headline-shaped line is the masthead too.
/// Names are compared without case, punctuation or a leading "The".
/// </summary>
public sealed class Masthead
{
    private const int EvidenceLineMaxChars = 300;
    private const string ListSeparators = "|·•›»,;/";
    private readonly ReadingRules rules;
    private readonly TopLabel topLabel;
    private readonly List<string> names = [];
    private readonly string? copyrightKey;
    private readonly string? shortenedCopyrightKey;
    private readonly List<string> publishedByCopyrightHolder = [];
    private readonly List<string> phraseNames = [];
    private readonly List<(int Line, string Key, bool Copyright)> chromeLines = [];

    public Masthead(ReadingRules rules, IReadOnlyList<PageLine> lines, string? copyright, string? widget)
    {
        this.rules = rules;
        topLabel = new TopLabel(rules);
        copyrightKey = copyright is null ? null : Key(copyright);
        names.AddRange(new[] { copyright, widget }.OfType<string>().Select(Key));
        var fullNamePrinted = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trimmed;
            if (text.Length is 0 or > EvidenceLineMaxChars)
            {
                continue;
            }
            // Tag and menu lines ("Topics: Ukraine · Peace talks · Russia") list words a short headline may share.
            var copyrightLine = rules.Copyright.Any(pattern => pattern.IsMatch(text));
            if ((lines[i].IsChrome && text.Count(ListSeparators.Contains) < 2) || copyrightLine)
            {
                chromeLines.Add((i, " " + Key(BreadcrumbTrail.WithoutOwnCrumb(text)) + " ", copyrightLine));
            }
            if (rules.Dateline.Match(text) is { Success: true } dateline && dateline.Groups["agency"].Success)
            {
                names.Add(Key(dateline.Groups["agency"].Value));
            }
            if (lines[i].IsChrome)
            {
                var phrases = rules.OutletPhrases.Select(p => p.Match(text)).Where(m => m.Success).ToList();
                phraseNames.AddRange(phrases.Select(m => Key(m.Groups["name"].Value)));
                FurnitureName ??= rules.PublisherPhrases.Select(p => p.Match(text)).Where(m => m.Success).Select(m => m.Groups["name"].Value.Trim()).FirstOrDefault();
                publishedByCopyrightHolder.AddRange(phrases
                    .Where(m => m.Groups["publisher"].Success && Key(m.Groups["publisher"].Value) == copyrightKey)
                    .Select(m => Key(m.Groups["name"].Value)));
            }
            fullNamePrinted |= !copyrightLine && Key(text) == copyrightKey;
        }
        shortenedCopyrightKey = fullNamePrinted ? null : copyrightKey;
    }

    /// <summary>The publisher an imprint line names (reading.yml's publisher_phrases), as printed.</summary>
    public string? FurnitureName { get; private set; }

    /// <summary>Whether head line <paramref name="index"/> is the masthead; <paramref name="firstLine"/> when no content precedes it.</summary>
    public bool Is(IReadOnlyList<PageLine> lines, int index, bool firstLine)
    {
        var text = lines[index].Trimmed;
        var key = Key(text);
        if (key.Length == 0)
        {
            return false;
        }
        // A line that is exactly the copyright holder's (or a dateline agency's) name is the masthead
        // however long: an institution's full name ("Ministry of Foreign Affairs of Japan").
        if (names.Contains(key) && TextShape.WordCount(text) <= rules.TitleMaxWords)
        {
            return true;
        }
        if (TextShape.WordCount(text) > rules.MastheadMaxWords)
        {
            return false;
        }
        if (names.Contains(key) || phraseNames.Contains(key) || IsTopLabel(lines, index) || chromeLines.Any(c => c.Line != index && c.Key.Contains(" " + key + " ", StringComparison.Ordinal)))
        {
            return true;
        }
        return firstLine && rules.NamesOutlet(text) && HeadlineAhead.Follows(rules, lines, index);
    }

    /// <summary>
    /// A head line, even a label's length, that the furniture names as the publication ("Thanks for
    /// reading NAME!") or that begins the copyright holder's name. Such a masthead is the outlet's
    /// own name, where the copyright line may give its publisher's.
    /// </summary>
    public bool NamedInFurniture(IReadOnlyList<PageLine> lines, int index)
    {
        var key = Key(lines[index].Trimmed);
        return key.Length > 0 && TextShape.WordCount(lines[index].Trimmed) <= rules.MastheadMaxWords
            && (phraseNames.Contains(key) || copyrightKey == key || IsShortenedCopyright(key) || IsTopLabel(lines, index));
    }

    /// <summary>
    /// Whether head line <paramref name="index"/> names the publication and the copyright line its
    /// publisher: "NAME is made by HOLDER", or a holder's name that begins with the line's and that
    /// the page prints nowhere else ("Mosaic" over "© 2025 Mosaic Media BV").
    /// </summary>
    public bool PublishedByCopyrightHolder(IReadOnlyList<PageLine> lines, int index)
    {
        var key = Key(lines[index].Trimmed);
        return key.Length > 0 && (publishedByCopyrightHolder.Contains(key) || IsShortenedCopyright(key) || IsBrandOfCopyrightHolder(key));
    }

    /// <summary>
    /// A masthead of several words that shares only its first word with the copyright holder: a brand
    /// of the company ("FRAMEPOINT VIDEO" over "© Framepoint Media Ltd"), not a shortened name of it.
    /// </summary>
    private bool IsBrandOfCopyrightHolder(string key)
    {
        if (copyrightKey is null || !key.Contains(' ') || copyrightKey.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(copyrightKey, StringComparison.Ordinal))
        {
            return false;
        }
        return key[..key.IndexOf(' ')] == copyrightKey.Split(' ')[0];
    }

    private bool IsTopLabel(IReadOnlyList<PageLine> lines, int index) => topLabel.Is(lines, index, i => RepeatedInChrome(lines, i));

    private bool IsShortenedCopyright(string key) => shortenedCopyrightKey?.StartsWith(key + " ", StringComparison.Ordinal) == true;

    /// <summary>
    /// Whether the page repeats head line <paramref name="index"/> in its furniture other than a
    /// copyright line ("Thanks for reading NAME!", "you subscribed to NAME"): a newsletter's name,
    /// where a copyright line may name the author instead.
    /// </summary>
    public bool RepeatedInChrome(IReadOnlyList<PageLine> lines, int index)
    {
        var key = Key(lines[index].Trimmed);
        return key.Length > 0 && chromeLines.Any(c => c.Line != index && !c.Copyright && c.Key.Contains(" " + key + " ", StringComparison.Ordinal));
    }

    private static string Key(string name) => NameKey.Of(name);
}
