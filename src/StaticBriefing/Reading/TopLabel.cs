namespace StaticBriefing.Reading;

/// <summary>
/// A site's name as its page's first line of its own (only skip links and consent buttons above
/// it): a short capitalised name, no figures, no sentence, that other chrome repeats ("Search
/// NAME") or that a menu follows. Such a line is the masthead however short it is.
/// </summary>
public sealed class TopLabel(ReadingRules rules)
{
    private const int MenuLines = 3;
    private const string Separators = "|·•›»>/,;:";

    public bool Is(IReadOnlyList<PageLine> lines, int index, Func<int, bool> repeatedInChrome)
    {
        var text = lines[index].Trimmed;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= rules.MastheadMaxWords && char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0])
            && !text.Any(c => char.IsDigit(c) || Separators.Contains(c)) && !TextShape.EndsSentence(text)
            && !rules.SectionLabels.Contains(text) && !IsPatternChrome(lines[index])
            && lines.Take(index).All(line => line.IsBlank || IsPatternChrome(line))
            && (repeatedInChrome(index) || MenuFollows(lines, index));
    }

    /// <summary>Chrome lines under it, share buttons not counted: those follow an article's headline.</summary>
    private bool MenuFollows(IReadOnlyList<PageLine> lines, int index) =>
        lines.Skip(index + 1).Where(line => !line.IsBlank).Take(MenuLines).Count(line => line.IsChrome && !rules.ShareRow.AnyMatch(line.Trimmed)) == MenuLines;

    /// <summary>A line reading.yml's chrome patterns name (a skip link, a consent button), not a label by its place.</summary>
    private bool IsPatternChrome(PageLine line)
    {
        var text = line.Trimmed;
        return text.Length <= rules.ChromeLineMaxChars && (rules.ChromeLines.AnyMatch(text) || rules.ShareRow.AnyMatch(text));
    }
}
