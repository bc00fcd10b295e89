using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>
/// Marks each line of a page as chrome or content by the families in input/reading.yml: chrome
/// lines, short prompts, date-only lines, widget blocks (post meta, consent banners), reader comment
/// sections (<see cref="CommentSection"/>), tail markers
/// (everything after "Read also" once the body has begun), list headings ("Most read" and the
/// teasers under it), lines printed twice in a row (image alt text + caption), and then the
/// labels and menus around the body (<see cref="PageEdges"/>). A contents table, a PDF's running
/// headers (<see cref="RunningHeaders"/>) and an e-mail's signature (<see cref="SignatureBlock"/>) are chrome; a
/// reference list and an infobox are content whatever else their lines look like.
/// </summary>
public sealed class ChromeClassifier(ReadingRules rules, DateProbe dates)
{
    private const int DateLineMaxChars = 80;
    private static readonly ReferenceDate AnyReference = new(2000, 1, 1);

    public IReadOnlyList<PageLine> Classify(IReadOnlyList<string> lines)
    {
        var texts = lines.Select(line => line.Trim()).ToArray();
        var widget = WidgetBlocks(texts);
        var comments = new CommentSection(rules).Mark(texts, IsChromeLine);
        var chrome = new bool[texts.Length];
        ContentsTable.Mark(texts, rules.Blocks, chrome);
        RunningHeaders.Mark(texts, rules.TitleMaxWords, chrome);
        SignatureBlock.Mark(texts, chrome);
        var kept = new bool[texts.Length];
        ReferenceList.Keep(texts, rules.Blocks, IsChromeLine, kept);
        Infobox.Keep(texts, rules.Blocks, rules.TitleMaxWords, IsChromeLine, kept);
        var dateOnly = new bool[texts.Length];
        var bodyStarted = false;
        var tail = false;
        var list = false;
        for (var i = 0; i < texts.Length; i++)
        {
            var text = texts[i];
            if (text.Length == 0)
            {
                continue;
            }
            dateOnly[i] = !kept[i] && IsDateLine(text) && !TimelineEntryDate.Heads(texts, i, bodyStarted);
            chrome[i] = !kept[i] && (chrome[i] || tail || widget[i] || comments[i] || dateOnly[i] || IsChromeLine(text) || IsRepeat(texts, i));
            // A teaser list runs until prose resumes; a numbered or bulleted item, or a teaser asking a
            // question, may look like prose.
            list &= !TextShape.IsProse(text) || IsQuestionTeaser(text) || (Fits(text) && rules.ListItems.AnyMatch(text));
            var tailMarker = Fits(text) && rules.TailMarkers.AnyMatch(text);
            var listHeading = Fits(text) && rules.ListHeadings.AnyMatch(text);
            if (!chrome[i] && !kept[i] && (list || tailMarker || listHeading))
            {
                chrome[i] = true;
                tail |= bodyStarted && tailMarker;
                list = bodyStarted && (list || listHeading);
            }
            else if (listHeading)
            {
                // A heading that is chrome on its own ("Trending") still starts its teaser list.
                list = bodyStarted;
            }
            bodyStarted |= !chrome[i] && TextShape.IsProse(text);
        }
        new PageEdges(rules).Mark(texts, chrome);
        BrokenLineTails.Mark(texts, kept, chrome);
        return [.. lines.Select((line, i) => new PageLine(i + 1, line, chrome[i] && !kept[i], dateOnly[i], widget[i]) { Structured = kept[i] })];
    }

    /// <summary>One question of a headline's length ("Who is in the coalition of the willing?"), no other sentence in it.</summary>
    private bool IsQuestionTeaser(string text) =>
        text.EndsWith('?') && TextShape.WordCount(text) <= rules.TitleMaxWords && text.IndexOfAny(SentenceStops) == text.Length - 1;

    private static readonly char[] SentenceStops = ['.', '!', '?'];

    /// <summary>Chrome is short: a longer line is never tested against the patterns (which keeps hostile lines cheap).</summary>
    private bool Fits(string text) => text.Length <= rules.ChromeLineMaxChars;

    private bool IsChromeLine(string text) =>
        (Fits(text) && (rules.ChromeLines.AnyMatch(text) || rules.ShareRow.AnyMatch(text) || IsTranslatedLabel(text)))
        || (TextShape.WordCount(text) <= rules.ShortLineWords && rules.ChromePrompts.AnyMatch(text));

    /// <summary>A label printed in two languages ("Kirjaudu / Log in", "Etusivu | Home"): short parts, one of them chrome.</summary>
    private bool IsTranslatedLabel(string text)
    {
        var parts = text.Split(LabelSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 1
            && parts.All(part => TextShape.WordCount(part) <= rules.LabelMaxWords)
            && parts.Any(part => rules.ChromeLines.AnyMatch(part));
    }

    private static readonly string[] LabelSeparators = [" / ", " | "];

    /// <summary>A line of nothing but dates once labels and clock times are blanked ("Updated: 16 Aug 2025, 14:05 GMT").</summary>
    private bool IsDateLine(string text)
    {
        if (text.Length > DateLineMaxChars)
        {
            return false;
        }
        var core = rules.DateLineExtras.Replace(text.TrimStart(rules.DateLineBullets.ToCharArray()), " ").Trim();
        return core.Length > 0 && dates.IsOnlyDates(core, AnyReference);
    }

    /// <summary>
    /// A line equal to its neighbour: the second copy is a duplicate; both are chrome when the
    /// line is a short unpunctuated one (an image's alt text and caption, a teaser of another story).
    /// </summary>
    private bool IsRepeat(string[] texts, int i)
    {
        var text = texts[i];
        var sameAsPrevious = i > 0 && texts[i - 1] == text;
        var sameAsNext = i + 1 < texts.Length && texts[i + 1] == text;
        return sameAsPrevious || (sameAsNext && !TextShape.EndsSentence(text) && TextShape.WordCount(text) <= rules.TitleMaxWords);
    }

    /// <summary>
    /// Blocks of consecutive non-blank lines containing a widget line ("• Writer: …", "3 min read",
    /// a cookie notice): the whole block goes when its other lines are short (buttons, names, dates).
    /// </summary>
    private bool[] WidgetBlocks(string[] texts)
    {
        var marks = new bool[texts.Length];
        var start = 0;
        while (start < texts.Length)
        {
            if (texts[start].Length == 0)
            {
                start++;
                continue;
            }
            var end = start;
            while (end < texts.Length && texts[end].Length > 0)
            {
                end++;
            }
            var block = texts[start..end];
            var markers = block.Where(line => Fits(line) && rules.WidgetLines.AnyMatch(line)).ToHashSet();
            if (markers.Count > 0 && block.All(l => markers.Contains(l) || l.Length <= rules.WidgetBlockMaxChars))
            {
                Array.Fill(marks, true, start, end - start);
            }
            start = end;
        }
        return marks;
    }
}
