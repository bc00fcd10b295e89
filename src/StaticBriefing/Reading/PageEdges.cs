namespace StaticBriefing.Reading;

/// <summary>
/// Around the body (before its first and after its last paragraph of prose) a page has mastheads,
/// section labels, menus and footers. There a line of one or two words (separators not counted)
/// that does not end a sentence (a label: "World", "Sign In", "OPINION | EXPLAINER") is chrome, so
/// is a kicker made of section names, and so is a run of several short lines (a menu). Inside the body such lines are kept: they may be subheadings or list items.
/// </summary>
public sealed class PageEdges(ReadingRules rules)
{
    public void Mark(string[] texts, bool[] chrome)
    {
        var prose = Enumerable.Range(0, texts.Length).Where(i => !chrome[i] && TextShape.IsProse(texts[i])).ToList();
        if (prose.Count == 0)
        {
            return;
        }
        var (first, last) = (prose[0], prose[^1]);
        var outside = Enumerable.Range(0, texts.Length).Where(i => i < first || i > last).ToList();
        foreach (var i in outside.Where(i => texts[i].Length > 0 && IsLabel(texts[i]) && !ContinuesOnNextLine(texts, i)))
        {
            chrome[i] = true;
        }
        MarkMenuRuns(texts, chrome, 0, first, i => IsMenuItem(texts[i]));
        // In the footer a run may also pass through lines already known as chrome ("Advertisement",
        // "View full site", "© …"): after the last paragraph a short line among furniture is furniture.
        MarkMenuRuns(texts, chrome, last + 1, texts.Length, i => IsMenuItem(texts[i]) || (chrome[i] && texts[i].Length > 0));
        new HeadFurniture(rules).Mark(texts, chrome, first);
    }

    private bool IsLabel(string text) =>
        text.Length <= rules.ChromeLineMaxChars && !TextShape.EndsSentence(text) && !rules.Byline.IsMatch(text)
        && (LabelWords(text) <= rules.LabelMaxWords || IsSectionLabel(text));

    /// <summary>Words of a label, not counting separators ("OPINION | EXPLAINER" has two).</summary>
    private static int LabelWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit));

    /// <summary>
    /// A kicker made of section names from reading.yml ("Analysis", "News analysis · Exclusive",
    /// a wire slug "WORLD NEWS/DIPLOMACY (UPDATE 4)": a version number after a name is not a word),
    /// or a section name with a short rubric after it ("Europe | Tiger talk").
    /// </summary>
    private bool IsSectionLabel(string text)
    {
        var items = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => item.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' '))
            .ToList();
        if (items.Count == 0 || !rules.SectionLabels.Contains(items[0]))
        {
            return false;
        }
        // Only a bar sets off a rubric: "US: Deal off" may be a headline.
        var rubric = text.Contains('|');
        return items.Skip(1).All(item => rules.SectionLabels.Contains(item) || (rubric && LabelWords(item) <= rules.LabelMaxWords));
    }

    private static readonly char[] Separators = ['|', '/', '·', '•', '›', '»', ':', '–', '—', '(', ')'];

    /// <summary>A hard-wrapped sentence ("After" + "months of talks, …"), which the paragraph builder joins.</summary>
    private static bool ContinuesOnNextLine(string[] texts, int i) => i + 1 < texts.Length && TextShape.StartsLowercase(texts[i + 1]);

    /// <summary>
    /// A menu item may end in a stop ("U.S."): in a run of several, short lines are not sentences.
    /// An ampersand is no word ("Foreign &amp; European Policy" is three).
    /// </summary>
    private bool IsMenuItem(string text) =>
        text.Length > 0 && LabelWords(text) <= rules.MenuItemMaxWords && !rules.Byline.IsMatch(text);

    /// <summary>Marks runs of consecutive menu items in [from, to) at least menu_run_min_lines long.</summary>
    private void MarkMenuRuns(string[] texts, bool[] chrome, int from, int to, Func<int, bool> isItem)
    {
        var start = from;
        while (start < to)
        {
            var end = start;
            while (end < to && isItem(end))
            {
                end++;
            }
            if (end - start >= rules.MenuRunMinLines)
            {
                Array.Fill(chrome, true, start, end - start);
            }
            start = end + 1;
        }
    }
}
