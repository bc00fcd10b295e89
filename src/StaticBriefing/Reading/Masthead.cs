using System.Globalization;

namespace StaticBriefing.Reading;

/// <summary>
/// The outlet's name printed alone above the headline ("NordWire", "The Harbour Gazette"). A short
/// head line is the masthead, not the title, when the page names the same outlet elsewhere: in a
/// copyright line, as a wire dateline's agency ("OSLO, May 2 (Nordic Wire) – "), or in a writer
/// widget. Compared without case, punctuation or a leading "The".
/// </summary>
public sealed class Masthead
{
    private readonly ReadingRules rules;
    private readonly List<string> names = [];
    private readonly List<string> copyrightLines = [];

    public Masthead(ReadingRules rules, IReadOnlyList<PageLine> lines, params string?[] outlets)
    {
        this.rules = rules;
        names.AddRange(outlets.OfType<string>().Select(Key));
        foreach (var text in lines.Select(line => line.Trimmed).Where(text => text.Length is > 0 and <= 300))
        {
            if (rules.Copyright.Any(pattern => pattern.IsMatch(text)))
            {
                copyrightLines.Add(" " + Key(text) + " ");
            }
            if (rules.Dateline.Match(text) is { Success: true } dateline && dateline.Groups["agency"].Success)
            {
                names.Add(Key(dateline.Groups["agency"].Value));
            }
        }
    }

    public bool Is(string line)
    {
        if (TextShape.WordCount(line) > rules.MastheadMaxWords)
        {
            return false;
        }
        var key = Key(line);
        return key.Length > 0 && (names.Contains(key) || copyrightLines.Any(copyright => copyright.Contains(" " + key + " ", StringComparison.Ordinal)));
    }

    /// <summary>Lower case, letters and digits only, single spaces, without a leading "the".</summary>
    private static string Key(string name)
    {
        var letters = name.ToLower(CultureInfo.InvariantCulture).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        var words = new string(letters).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }
        return string.Join(' ', words);
    }
}
